-- Crypto-shredding: one AES-256 key per data subject (a client, or a booking owned by a client),
-- kept beside the event store, never in it. Erasure sets the key to null: the subject's sealed
-- personal values in every stored event become unreadable for good.
create table privacy_subject_key (
    subject_id varchar(100) not null primary key,
    owner_id   varchar(100),
    key        bytea,
    created_at timestamptz  not null,
    erased_at  timestamptz
);
create index privacy_subject_key_owner on privacy_subject_key (owner_id);
