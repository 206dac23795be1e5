-- Set-based validation: one row per employee id, written in the same transaction as the
-- CrewMemberHiredEvent.
create table crew_employee_id (
    employee_id    varchar(40) not null primary key,
    crew_member_id varchar(36) not null unique
);
