-- Bookings as the query side shows them: the whole view as JSON, plus the columns lists filter
-- and sort on. The manifest (personal data) is kept apart from the view.
create table flight_booking (
    booking_id      varchar(36)  not null primary key,
    version         bigint       not null,
    status          varchar(20)  not null,
    client_id       varchar(36)  not null,
    agent_id        varchar(100),
    aircraft_id     varchar(36)  not null,
    first_departure timestamptz  not null,
    airports        text         not null,
    view            text         not null,
    passengers      text         not null
);
create index flight_booking_departure on flight_booking (first_departure);
create index flight_booking_client on flight_booking (client_id, first_departure);
create index flight_booking_aircraft on flight_booking (aircraft_id, first_departure);
create index flight_booking_status on flight_booking (status, first_departure);
