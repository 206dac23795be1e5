-- Each revenue leg's planned departure and, once flown, its block-off: on-time performance.
create table leg_punctuality (
    booking_id        varchar(36) not null,
    leg_index         int         not null,
    planned_departure timestamptz not null,
    block_off         timestamptz,
    version           bigint      not null,
    primary key (booking_id, leg_index)
);
create index leg_punctuality_planned on leg_punctuality (planned_departure);
