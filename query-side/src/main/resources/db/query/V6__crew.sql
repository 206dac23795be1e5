-- The crew read model. Every row belongs to one crew member; the member's row carries the
-- sequence number of the last event applied to any of them, so a replayed or redelivered
-- event changes nothing.
create table crew_member (
    crew_member_id varchar(36)  not null primary key,
    version        bigint       not null,
    employee_id    varchar(40)  not null,
    name           varchar(200) not null,
    position       varchar(20)  not null,
    base_airport   varchar(4)   not null,
    employed       boolean      not null,
    release_reason varchar(500)
);
create index crew_member_name on crew_member (lower(name), crew_member_id);
create index crew_member_position on crew_member (position);
create index crew_member_base on crew_member (base_airport);

-- Licences, the medical, type ratings and recurrent training: one row per qualification
-- (a renewal replaces it). name is the licence kind, '' for the medical, the type designator
-- or the course; alert is the latest expiry alert raised for the current expiry date.
create table crew_qualification (
    crew_member_id    varchar(36)  not null,
    type              varchar(20)  not null,
    name              varchar(200) not null,
    number            varchar(60),
    issuing_authority varchar(100),
    medical_class     int,
    completed_on      date,
    expires_on        date,
    alert             varchar(20),
    primary key (crew_member_id, type, name)
);
create index crew_qualification_expiry on crew_qualification (expires_on) where expires_on is not null;
create index crew_qualification_type_rating on crew_qualification (name) where type = 'TYPE_RATING';

-- Assignments as shown (JSON), with the duty that counts now (actual once reported) to filter on.
create table crew_assignment (
    assignment_id  varchar(36) not null primary key,
    crew_member_id varchar(36) not null,
    duty_start     timestamptz not null,
    duty_end       timestamptz not null,
    view           text        not null
);
create index crew_assignment_member on crew_assignment (crew_member_id, duty_start);
create index crew_assignment_start on crew_assignment (duty_start);

create table crew_unavailability (
    unavailability_id varchar(36) not null primary key,
    crew_member_id    varchar(36) not null,
    kind              varchar(20) not null,
    window_start      timestamptz not null,
    window_end        timestamptz not null
);
create index crew_unavailability_member on crew_unavailability (crew_member_id, window_start);
