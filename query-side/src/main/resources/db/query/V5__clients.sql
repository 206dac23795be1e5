-- Clients as the query side shows them: the view as JSON, plus the columns searches filter and
-- sort on. Booking counts are not stored here: they are read from flight_booking when asked.
create table client (
    client_id     varchar(36)  not null primary key,
    version       bigint       not null,
    name          varchar(300) not null,
    company_name  varchar(300),
    email         varchar(320) not null,
    vip_status    varchar(20)  not null,
    kind          varchar(20)  not null,
    active        boolean      not null,
    registered_at timestamptz  not null,
    view          text         not null,
    payment_tokens text        not null default '[]'
);
create index client_name on client (lower(name));
create index client_registered on client (registered_at);
