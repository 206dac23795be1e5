-- Users, their credentials and sessions, and the security log. Credentials are kept here and
-- never in events: a password hash or a TOTP secret must be replaceable and erasable.
create table identity_user (
    user_id             varchar(36)  not null primary key,
    username            varchar(254) not null unique,   -- lower case
    role                varchar(40)  not null,
    subject_id          varchar(100),                   -- the client, owner, agent or crew member it acts for
    password_hash       varchar(200) not null,          -- Argon2id, PHC string
    active              boolean      not null default true,
    totp_secret         varchar(64),                    -- base32; set at enrolment
    totp_enabled        boolean      not null default false,
    totp_last_step      bigint,                         -- a TOTP code is accepted once
    created_at          timestamptz  not null,
    password_changed_at timestamptz  not null
);

-- The last passwords of each user, so a change cannot go back to one of them.
create table identity_password_history (
    user_id       varchar(36)  not null references identity_user (user_id),
    password_hash varchar(200) not null,
    changed_at    timestamptz  not null
);
create index identity_password_history_user on identity_password_history (user_id, changed_at desc);

-- Opaque refresh tokens, stored as SHA-256 hashes. A family is one login session: each use
-- rotates the token within it; using an old one again revokes the whole family.
create table identity_refresh_token (
    token_hash    char(64)    not null primary key,
    family_id     varchar(36) not null,
    user_id       varchar(36) not null references identity_user (user_id),
    second_factor boolean     not null,
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    revoked_at    timestamptz
);
create index identity_refresh_token_family on identity_refresh_token (family_id);

-- Image challenges: the answer's hash, short-lived, deleted when checked (single use).
create table identity_captcha (
    uid         varchar(64) not null primary key,
    answer_hash char(64)    not null,
    expires_at  timestamptz not null
);

-- Logins, logouts, failures, token reuse, permission denials and user administration.
create table security_event (
    id       bigserial    not null primary key,
    at       timestamptz  not null,
    type     varchar(40)  not null,
    user_id  varchar(36),
    username varchar(254),
    address  varchar(64),
    detail   text
);
create index security_event_username on security_event (username, type, at);
create index security_event_address on security_event (address, type, at);
create index security_event_at on security_event (at);
