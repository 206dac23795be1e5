-- Positioning legs of confirmed bookings, offered to clients at a discount. A leg is offered
-- from its booking's confirmation until it departs or the booking is cancelled.
create table empty_leg (
    booking_id     varchar(36) not null,
    leg_index      int         not null,
    booking_version bigint     not null,
    offered        boolean     not null,
    aircraft_id    varchar(36) not null,
    tail_number    varchar(10) not null,
    type_designator varchar(4) not null,
    category       varchar(30) not null,
    seats          int         not null,
    from_airport   varchar(4)  not null,
    to_airport     varchar(4)  not null,
    departure      timestamptz not null,
    arrival        timestamptz not null,
    flight_minutes int         not null,
    primary key (booking_id, leg_index)
);
create index empty_leg_route on empty_leg (from_airport, to_airport, departure) where offered;

-- The empty-leg discount of the latest pricing rules (the built-in default until one is published).
create table empty_leg_discount (
    rules_version bigint        not null primary key,
    percent       numeric(7, 4) not null
);
