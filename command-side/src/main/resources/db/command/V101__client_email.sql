-- Set-based validation: one row per client e-mail (normalized to lower case), written in the
-- same transaction as the event that takes or gives up the address.
create table client_email (
    email     varchar(254) not null primary key,
    client_id varchar(36)  not null
);
create index client_email_client on client_email (client_id);
