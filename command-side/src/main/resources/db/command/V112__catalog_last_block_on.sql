-- A flight-log entry made late must not move the aircraft back: the location follows the
-- latest block-on only.
alter table catalog_aircraft add column last_block_on timestamptz;
