-- What the finance and operations dashboards aggregate: invoices with their split, the quote
-- funnel and every flown leg. Amounts stay in the invoice currency; sums are per currency
-- (no exchange rate is assumed after the fact).
create table finance_invoice (
    invoice_id     varchar(36)   not null primary key,
    number         varchar(30)   not null,
    booking_id     varchar(36)   not null,
    client_id      varchar(36)   not null,
    agent_id       varchar(100),
    aircraft_id    varchar(36)   not null,
    owner_id       varchar(100),
    route          varchar(20)   not null,
    currency       char(3)       not null,
    subtotal       numeric(19,4) not null,
    taxes          numeric(19,4) not null,
    total          numeric(19,4) not null,
    commission     numeric(19,4) not null,
    platform_fee   numeric(19,4) not null,
    owner_earnings numeric(19,4) not null,
    balance        numeric(19,4) not null,
    status         varchar(20)   not null,
    issued_on      date          not null,
    due_on         date          not null,
    paid_on        date,
    owner_paid_out numeric(19,4) not null default 0,
    version        bigint        not null
);
create index finance_invoice_issued on finance_invoice (issued_on);
create index finance_invoice_status on finance_invoice (status, due_on);

create table quote_funnel (
    quote_id    varchar(36) not null primary key,
    issued_at   timestamptz not null,
    accepted_at timestamptz,
    expired     boolean     not null default false
);
create index quote_funnel_issued on quote_funnel (issued_at);

create table flown_leg (
    flight_leg_id    varchar(64) not null primary key,
    aircraft_id      varchar(36) not null,
    block_off        timestamptz not null,
    airborne_minutes bigint      not null,
    cycles           int         not null,
    version          bigint      not null
);
create index flown_leg_aircraft on flown_leg (aircraft_id, block_off);
