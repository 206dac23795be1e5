-- Set-based validation: one row per registered tail number, written in the same transaction
-- as the AircraftRegisteredEvent. Owned by the command side, never read by the query side.
create table aircraft_tail_number (
    tail_number varchar(10) not null primary key,
    aircraft_id varchar(36) not null unique
);
