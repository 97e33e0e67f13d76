-- The application list at national scale (issue #9): one page query and one count, searched on a trigram index,
-- an index per filter and sort. pg_trgm was created by V26.

-- the unit's and the society's names beside the application (kept current by application.internal.ApplicationNameCopies),
-- so the list is searched and sorted in one query on this module's own table
alter table application add column host_unit_name varchar(200);
alter table application add column society_name varchar(200);
update application a set host_unit_name = u.name from host_unit u where u.id = a.host_unit_id;
update application a set society_name = o.name from society o where o.id = a.society_id;
alter table application alter column host_unit_name set not null;

-- what a keyword is matched against: the station's name, the unit's name (registered and as typed on the form) and
-- the society's name; recognition document numbers are matched as a prefix on recognition.number
alter table application add column search_text text generated always as
    (coalesce(station_name, '') || ' ' || host_unit_name || ' ' || coalesce(unit_name, '') || ' '
     || coalesce(society_name, '')) stored;
create index application_search on application using gin (search_text gin_trgm_ops);
create index application_submitted on application (submitted_at, id);
create index application_updated on application (updated_at, id);
create index application_station_name on application (station_name, id);
create index application_host_unit_name on application (host_unit_name, id);
create index application_society_name on application (society_name, id);
create index application_status on application (status, id);
create index application_jurisdiction on application (jurisdiction_id, id);
-- the office's own paper drafts (a.status <> 'DRAFT' or a.entered_by = ?)
create index application_entered_by on application (entered_by) where entered_by is not null;
create index recognition_number on recognition (number varchar_pattern_ops);
