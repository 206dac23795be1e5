-- The fleet view follows details, ownership, grounding/retirement and flown legs.
alter table fleet_aircraft
    add column interior_configuration text,
    add column owner_id               varchar(100),
    add column airborne_minutes       bigint not null default 0,
    add column cycles                 bigint not null default 0,
    -- block-on of the latest leg: a late flight-log entry must not move the aircraft back
    add column last_block_on          timestamptz;
create index fleet_aircraft_owner on fleet_aircraft (owner_id);
