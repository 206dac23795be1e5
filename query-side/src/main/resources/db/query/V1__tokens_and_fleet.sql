-- The query side's own schema ("query"): its processors' tokens and its read models. The
-- event store stays in "public", owned by the command side; the query side only reads it.

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

create table fleet_aircraft (
    aircraft_id          varchar(36)   not null primary key,
    tail_number          varchar(10)   not null,
    manufacturer         varchar(80)   not null,
    model                varchar(80)   not null,
    type_designator      varchar(4)   not null,
    category             varchar(32)   not null,
    year_of_manufacture  integer       not null,
    seating_capacity     integer       not null,
    range_nm             integer       not null,
    cruise_speed_kt      integer       not null,
    hourly_rate_amount   numeric(16, 3) not null,
    hourly_rate_currency varchar(3)      not null,
    base_airport         varchar(4)      not null,
    current_airport      varchar(4)      not null,
    status               varchar(16)   not null,
    amenities            text[]        not null,
    registered_at        timestamptz   not null,
    version              bigint        not null
);
create index fleet_aircraft_status on fleet_aircraft (status);
create index fleet_aircraft_base on fleet_aircraft (base_airport);
create index fleet_aircraft_tail on fleet_aircraft (tail_number);
