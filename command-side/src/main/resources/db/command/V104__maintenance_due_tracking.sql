-- Process state of MaintenanceDueTracking: each aircraft's totals from flown legs (guarded by
-- the aircraft's event sequence number) and the open maintenance items to tell about them.
create table aircraft_utilization (
    aircraft_id      varchar(36) not null primary key,
    airborne_minutes bigint      not null,
    cycles           bigint      not null,
    last_sequence    bigint      not null
);

create table maintenance_open_item (
    maintenance_item_id varchar(36) not null primary key,
    aircraft_id         varchar(36) not null
);
create index maintenance_open_item_aircraft on maintenance_open_item (aircraft_id);
