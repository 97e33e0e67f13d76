-- The self-reports waiting for a step (the worklist, issue #9): by station name within the open years, searched by
-- name with a trigram index.
create index evaluation_report_search on evaluation_report using gin (station_name gin_trgm_ops);
create index evaluation_report_worklist on evaluation_report (year, status, station_name, id);
