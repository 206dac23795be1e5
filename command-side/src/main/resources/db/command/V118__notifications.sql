-- The notification context (command side, processing group "notifications"): who to write to,
-- what they want, the outbox the event handlers fill in the same transaction as their token, and
-- the log of every delivery attempt. Never rebuilt by the query side's tooling: a replay must not
-- send anything twice.

-- Clients as notifications see them. The address and name are personal data: erasure clears
-- them, and an erased client is never written to again.
create table notification_recipient (
    client_id   varchar(36)  not null primary key,
    email       varchar(254),
    name        varchar(200),
    -- comma-separated NotificationKind names wanted by e-mail; null: never chosen, every kind on
    email_kinds varchar(500),
    erased      boolean      not null default false
);

-- Bookings as notifications see them: whose they are and what flies (for leg departures and arrivals).
create table notification_booking (
    booking_id      varchar(36) not null primary key,
    client_id       varchar(36) not null,
    tail_number     varchar(10),
    type_designator varchar(4),
    legs            text        not null
);

-- Integrators' webhook subscriptions: configuration, not domain state. The secret signs every delivery.
create table webhook_subscription (
    id         varchar(36)  not null primary key,
    url        varchar(2000) not null,
    kinds      varchar(500) not null,
    secret     varchar(100) not null,
    created_at timestamptz  not null,
    created_by varchar(100),
    active     boolean      not null default true
);

-- One row per notification to deliver: an e-mail to a client or a webhook call to a subscription.
-- (event_id, channel, target) is unique, so a redelivered event adds nothing.
create table notification_outbox (
    id              bigserial    primary key,
    event_id        varchar(100) not null,
    kind            varchar(40)  not null,
    channel         varchar(10)  not null,
    target          varchar(36)  not null,
    payload         text         not null,
    occurred_at     timestamptz  not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(2000),
    created_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    constraint notification_outbox_once unique (event_id, channel, target)
);
create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_target on notification_outbox (channel, target);

-- Every attempt, successful or not: what integrators and operators read to see what happened.
create table notification_delivery (
    id              bigserial    primary key,
    outbox_id       bigint       not null references notification_outbox (id) on delete cascade,
    attempt         int          not null,
    attempted_at    timestamptz  not null,
    outcome         varchar(10)  not null,
    http_status     int,
    duration_ms     bigint       not null,
    error           varchar(2000),
    next_attempt_at timestamptz
);
create index notification_delivery_outbox on notification_delivery (outbox_id, attempt);
