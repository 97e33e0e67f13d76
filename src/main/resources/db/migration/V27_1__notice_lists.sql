-- The notice lists (issue #9): the offices' list, the public list and a notice's objections, one page query and one
-- count each. pg_trgm was created by V26.

-- what a keyword is matched against: the title, the number and the names of the proposed stations, their units and
-- societies. A notice never changes once opened (its items are copies), so PublicNotice writes this once.
alter table public_notice add column search_text text;
update public_notice n set search_text = n.title || ' ' || coalesce(n.number, '') || ' '
    || coalesce((select string_agg(coalesce(i.station_name, '') || ' ' || coalesce(i.unit_name, '') || ' '
                                   || coalesce(i.society_name, ''), ' ' order by i.position)
                 from public_notice_item i where i.notice_id = n.id), '');
alter table public_notice alter column search_text set not null;
create index public_notice_search on public_notice using gin (search_text gin_trgm_ops);
create index public_notice_opened on public_notice (opened_at, id);
create index public_notice_start on public_notice (start_date, id);
create index public_notice_end on public_notice (end_date, id);
create index public_notice_title on public_notice (title, id);
create index public_notice_number on public_notice (number varchar_pattern_ops);

-- a notice's objections in the order they came in
create index notice_objection_received on notice_objection (notice_id, received_at, id);
