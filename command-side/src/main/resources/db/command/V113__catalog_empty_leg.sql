-- Positioning legs of booked trips, for quotes to offer as empty legs: on sale once the trip is
-- confirmed, off sale while sold to another booking, gone once departed, changed or cancelled.
create table catalog_empty_leg (
    booking_id  varchar(36) not null,
    leg_index   int         not null,
    aircraft_id varchar(36) not null,
    from_icao   varchar(4)  not null,
    to_icao     varchar(4)  not null,
    departs_at  timestamptz not null,
    arrives_at  timestamptz not null,
    confirmed   boolean     not null default false,
    sold_to     varchar(36),
    primary key (booking_id, leg_index)
);
create index catalog_empty_leg_route on catalog_empty_leg (from_icao, to_icao, departs_at);
