-- Every leg of every live trip, by aircraft: where each aircraft will be (quotes position from
-- there and hand the aircraft back to where the next trip picks it up), and the positioning legs
-- on sale as empty legs (once the trip is confirmed, while not sold, until they depart).
create table catalog_planned_leg (
    booking_id  varchar(36) not null,
    leg_index   int         not null,
    aircraft_id varchar(36) not null,
    from_icao   varchar(4)  not null,
    to_icao     varchar(4)  not null,
    departs_at  timestamptz not null,
    arrives_at  timestamptz not null,
    positioning boolean     not null,
    confirmed   boolean     not null default false,
    departed    boolean     not null default false,
    arrived     boolean     not null default false,
    sold_to     varchar(36),
    primary key (booking_id, leg_index)
);
create index catalog_planned_leg_aircraft on catalog_planned_leg (aircraft_id, departs_at);
create index catalog_planned_leg_route on catalog_planned_leg (from_icao, to_icao, departs_at) where positioning;
