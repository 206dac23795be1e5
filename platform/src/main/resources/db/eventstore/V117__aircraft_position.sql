-- Aircraft positions: an append-only stream of their own beside the event store, not events of the
-- Aircraft aggregate. At one report a second an aircraft would gain ~100k events per flight day,
-- which every load and replay of the aggregate would then read, and a position guards no business
-- rule. Written by the command side (POST /aircraft/{id}/positions), read by the query side
-- (track, fleet status, live feed), like the event store.
--
-- One row per report; the key makes a re-sent report a no-op (insert ... on conflict do nothing).
create table aircraft_position (
    aircraft_id     varchar(36)      not null,
    reported_at     timestamptz      not null,
    latitude        double precision not null,
    longitude       double precision not null,
    altitude_ft     integer          not null,
    ground_speed_kt integer          not null,
    heading         smallint         not null,
    source          varchar(32)      not null,
    primary key (aircraft_id, reported_at)
);
-- The retention job finds the oldest days across every aircraft.
create index aircraft_position_reported_at on aircraft_position (reported_at);

-- The newest report of each aircraft (fleet status, live map), replaced only by a newer one.
-- updated_at is when the row last changed: the live feed polls it for what moved since.
create table aircraft_latest_position (
    aircraft_id     varchar(36)      not null primary key,
    reported_at     timestamptz      not null,
    latitude        double precision not null,
    longitude       double precision not null,
    altitude_ft     integer          not null,
    ground_speed_kt integer          not null,
    heading         smallint         not null,
    source          varchar(32)      not null,
    updated_at      timestamptz      not null
);
create index aircraft_latest_position_updated_at on aircraft_latest_position (updated_at);
