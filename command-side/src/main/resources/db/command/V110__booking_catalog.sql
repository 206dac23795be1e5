-- The booking context's own view of the fleet and the crew, kept by BookingCatalog from the
-- event stream: what quotes search (seats, range, location, free windows) and which crew the
-- fulfilment saga asks first. It advises; the Aircraft and CrewMember aggregates decide.
create table catalog_aircraft (
    aircraft_id      varchar(36)   not null primary key,
    tail_number      varchar(10)   not null,
    type_designator  varchar(4)    not null,
    category         varchar(30)   not null,
    seats            int           not null,
    range_nm         int           not null,
    cruise_kt        int           not null,
    hourly_rate      numeric(17,4) not null,
    rate_currency    char(3)       not null,
    base_airport     varchar(4)    not null,
    location         varchar(4)    not null,
    owner_id         varchar(100),
    grounded         boolean       not null default false,
    retired          boolean       not null default false,
    last_sequence    bigint        not null
);

-- Maintenance holds by item: an aircraft with any row here takes no reservation.
create table catalog_aircraft_hold (
    aircraft_id         varchar(36) not null,
    maintenance_item_id varchar(36) not null,
    primary key (aircraft_id, maintenance_item_id)
);

-- Reservations, blackouts and maintenance blocks: [starts_at, ends_at) windows the aircraft is taken.
create table catalog_aircraft_busy (
    aircraft_id varchar(36) not null,
    entry_id    varchar(36) not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    booking_id  varchar(36),
    primary key (aircraft_id, entry_id)
);
create index catalog_aircraft_busy_window on catalog_aircraft_busy (aircraft_id, starts_at, ends_at);

create table catalog_crew (
    crew_member_id varchar(36) not null primary key,
    name           varchar(200) not null,
    position       varchar(20)  not null,
    base_airport   varchar(4)   not null,
    employed       boolean      not null default true
);

create table catalog_crew_rating (
    crew_member_id  varchar(36) not null,
    type_designator varchar(4)  not null,
    primary key (crew_member_id, type_designator)
);

-- Every published version of the pricing rules (JSON as in the event); quotes use the latest.
create table pricing_rules_version (
    version      bigint      not null primary key,
    rules        text        not null,
    published_at timestamptz not null
);

-- Clients that may no longer book.
create table catalog_inactive_client (
    client_id varchar(36) not null primary key
);
