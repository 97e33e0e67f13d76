-- Lists of the station module (issue #9): indexes for the evidence keyset list and the plans-and-summaries overview.

-- a station's evidence, newest first, read after a cursor row: (station, date, id) in both directions, only what is
-- not withdrawn (every list leaves withdrawn evidence out)
create index station_evidence_keyset on station_evidence (station_id, occurred_on, id) where withdrawn_at is null;
create index station_evidence_recorded on station_evidence (station_id, recorded_at, id) where withdrawn_at is null;

-- stations active today (stored ACTIVE, agreement running): the overview's and the registry's status filters
create index station_active on station (status, agreement_ends_on);
