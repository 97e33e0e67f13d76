-- Lists at national scale (issue #9): keyword search over names with trigram indexes, an index per filter and sort.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

-- the unit's and the society's names beside the station (kept current by station.internal.NameCopies), so the
-- registry is searched and sorted in one query on its own table
alter table station add column host_unit_name varchar(200);
alter table station add column society_name varchar(200);
update station s set host_unit_name = u.name from host_unit u where u.id = s.host_unit_id;
update station s set society_name = o.name from society o where o.id = s.society_id;
alter table station alter column host_unit_name set not null;
alter table station alter column society_name set not null;

-- what a keyword is matched against: station, unit and society names and the recognition document number
alter table station add column search_text text generated always as
    (name || ' ' || host_unit_name || ' ' || society_name || ' ' || document_number) stored;
create index station_search on station using gin (search_text gin_trgm_ops);
create index station_recognised on station (recognised_on, id);
create index station_name on station (name, id);
create index station_agreement_ends on station (agreement_ends_on, id);
