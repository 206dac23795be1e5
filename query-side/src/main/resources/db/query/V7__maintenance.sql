-- Maintenance items as the query side shows them: each item's current state, its history and
-- its sign-offs. Margins to the due point are not stored: they are computed when read, from the
-- fleet read model's totals (fleet_aircraft) and today's date, so they never go stale.
create table maintenance_item (
    maintenance_item_id varchar(36)  not null primary key,
    -- sequence number of the item's last event applied: replays and redeliveries at or below it change nothing
    version             bigint       not null,
    aircraft_id         varchar(36)  not null,
    kind                varchar(32)  not null,
    ad_number           varchar(40),
    description         text         not null,
    status              varchar(16)  not null,
    non_deferrable      boolean      not null,
    due_hours           bigint,
    due_cycles          bigint,
    due_date            date,
    every_hours         bigint,
    every_cycles        bigint,
    every_months        integer,
    mel_category        varchar(1),
    mel_reference       varchar(60),
    deferred_until      date,
    -- as the item signalled them; a recurrence or a revoked overdue clears them
    due_soon            boolean      not null,
    overdue             boolean      not null,
    work_start          timestamptz,
    work_end            timestamptz,
    last_completed_on   date,
    opened_at           timestamptz  not null
);
create index maintenance_item_aircraft on maintenance_item (aircraft_id);
create index maintenance_item_open on maintenance_item (status) where status <> 'COMPLETED';

-- One row per event of an item, keyed by its sequence number: a redelivered event adds nothing.
create table maintenance_step (
    maintenance_item_id varchar(36)  not null,
    sequence            bigint       not null,
    at                  timestamptz  not null,
    type                varchar(20)  not null,
    status              varchar(16)  not null,
    note                text         not null,
    primary key (maintenance_item_id, sequence)
);

-- Every sign-off, with the due point it answered: an aircraft's maintenance history.
create table maintenance_completion (
    maintenance_item_id varchar(36)    not null,
    sequence            bigint         not null,
    aircraft_id         varchar(36)    not null,
    kind                varchar(32)    not null,
    ad_number           varchar(40),
    description         text           not null,
    due_hours           bigint,
    due_cycles          bigint,
    due_date            date,
    completed_on        date           not null,
    airborne_hours      bigint         not null,
    cycles              bigint         not null,
    signed_off_by       varchar(200)   not null,
    cost_amount         numeric(16, 3) not null,
    cost_currency       varchar(3)     not null,
    parts_used          text[]         not null,
    provider            varchar(200)   not null,
    primary key (maintenance_item_id, sequence)
);
create index maintenance_completion_aircraft on maintenance_completion (aircraft_id, completed_on desc);
