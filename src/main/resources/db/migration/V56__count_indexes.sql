-- Issue #9: the totals of the application list and the statistics page counted by reading whole rows. An application
-- row is ~5 KB (21,000 rows: 101 MB), so the list's total was a sequential scan of the table on every page (~30-230 ms
-- at national scale); these indexes hold every column the counts read, so PostgreSQL counts from the index alone.

-- the list total and the statistics' applications by jurisdiction and status: scope (jurisdiction), status, and the
-- "not a draft, or my own draft" condition (entered_by). Replaces application_scope (jurisdiction_id, status).
create index application_scope_count on application (jurisdiction_id, status, entered_by);
drop index application_scope;

-- the statistics' stations by jurisdiction, level and status (ACTIVE counted as EXPIRED after agreement_ends_on), and
-- by jurisdiction, level and year recognised
create index station_statistics on station (jurisdiction_id, level, status, agreement_ends_on, recognised_on);
