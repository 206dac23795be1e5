-- The audit trail (query side) searches the event store by time and by event name. The store
-- keeps Axon's ISO-8601 text timestamps; they sort as text to within a second, which the
-- audit query narrows with this index before comparing exactly.
create index domain_event_entry_time_stamp on domain_event_entry (time_stamp);
create index domain_event_entry_event_name on domain_event_entry (regexp_replace(payload_type, '^.*\.', ''));
create index domain_event_entry_aggregate_type on domain_event_entry (type, global_index);
