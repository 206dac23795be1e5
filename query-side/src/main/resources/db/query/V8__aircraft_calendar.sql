-- Every aircraft's calendar: reservations, blackouts and maintenance blocks. Ended entries are
-- kept as tombstones (removed = true) with the sequence number that removed them, so an older
-- event delivered again cannot bring an entry back.
create table aircraft_calendar (
    aircraft_id varchar(36)  not null,
    entry_id    varchar(36)  not null,
    kind        varchar(20)  not null,
    booking_id  varchar(36),
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    status      varchar(20)  not null,
    reason      varchar(1000),
    removed     boolean      not null default false,
    version     bigint       not null,
    primary key (aircraft_id, entry_id)
);
create index aircraft_calendar_window on aircraft_calendar (aircraft_id, starts_at) where not removed;
