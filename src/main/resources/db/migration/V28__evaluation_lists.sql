-- Evaluation lists at national scale (issue #9): the results in force, rectifications and revocation proposals are
-- paged, searched, filtered and sorted in one query each on this module's own tables, with an index per filter and sort.
create extension if not exists pg_trgm;

-- The result in force of each (year, station): evaluation_result is append-only and its in-force row is its latest
-- version, which a list of 100,000 stations cannot find by DISTINCT ON per request. This table holds that version's
-- columns (id = its evaluation_result id) and is kept by evaluation.internal.ResultList on every publication and
-- correction (EvaluationResultPublished, same transaction). The station's, unit's and society's names are copied
-- beside it (kept current by the organisation's rename events): no cross-module SQL joins at read time.
create table evaluation_result_list (
    year                  int           not null,
    station_id            bigint        not null,
    id                    bigint        not null unique references evaluation_result (id),
    version               int           not null,
    station_year          int           not null,
    host_unit_id          bigint        not null,
    jurisdiction_id       bigint        not null,
    level                 varchar(16)   not null,
    submitted             boolean       not null,
    total                 numeric(7,2),
    grade                 varchar(16)   not null,
    reason_key            varchar(100)  not null,
    reason_args           varchar(500),
    policy_effective_from date          not null,
    document_number       varchar(64)   not null,
    published_on          date          not null,
    correction_reason     varchar(2000),
    recorded_by           varchar(64)   not null,
    approved_by           varchar(64),
    recorded_at           timestamptz   not null,
    society_id            bigint        not null,
    station_name          varchar(200)  not null,
    host_unit_name        varchar(200)  not null,
    society_name          varchar(200)  not null,
    -- sort keys as columns so that one b-tree per (year, key) serves each order: a non-participant (no total) ranks
    -- below every score; the grade in the document's order; the document's order itself (grade, then score)
    score_key             numeric(8,2)  generated always as (coalesce(total, -1)) stored,
    grade_order           int           generated always as
        (case grade when 'EXCELLENT' then 0 when 'QUALIFIED' then 1 else 2 end) stored,
    rank_key              numeric(10,2) generated always as
        ((case grade when 'EXCELLENT' then 0 when 'QUALIFIED' then 1 else 2 end) * 1000000 - coalesce(total, -1)) stored,
    search_text           text          generated always as
        (station_name || ' ' || host_unit_name || ' ' || society_name || ' ' || document_number) stored,
    primary key (year, station_id)
);

insert into evaluation_result_list (year, station_id, id, version, station_year, host_unit_id, jurisdiction_id, level,
        submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number, published_on,
        correction_reason, recorded_by, approved_by, recorded_at, society_id, station_name, host_unit_name, society_name)
select r.year, r.station_id, r.id, r.version, r.station_year, r.host_unit_id, r.jurisdiction_id, r.level, r.submitted,
       r.total, r.grade, r.reason_key, r.reason_args, r.policy_effective_from, r.document_number, r.published_on,
       r.correction_reason, r.recorded_by, r.approved_by, r.recorded_at, s.society_id, s.name, u.name, o.name
  from (select distinct on (year, station_id) * from evaluation_result order by year, station_id, version desc) r
  join station s on s.id = r.station_id
  join host_unit u on u.id = r.host_unit_id
  join society o on o.id = s.society_id;

create index evaluation_result_list_search on evaluation_result_list using gin (search_text gin_trgm_ops);
create index evaluation_result_list_score on evaluation_result_list (year, score_key, id);
create index evaluation_result_list_rank on evaluation_result_list (year, rank_key, id);
create index evaluation_result_list_name on evaluation_result_list (year, station_name, id);
create index evaluation_result_list_grade on evaluation_result_list (year, grade_order, id);
create index evaluation_result_list_jurisdiction on evaluation_result_list (year, jurisdiction_id, id);
create index evaluation_result_list_level on evaluation_result_list (year, level, id);
create index evaluation_result_list_unit on evaluation_result_list (host_unit_id);
create index evaluation_result_list_society on evaluation_result_list (society_id);
-- every year's results, best first (the list without a year filter)
create index evaluation_result_list_all_score on evaluation_result_list (score_key, id);
-- a year's publication (document number and date of version 1) for the per-year summary
create index evaluation_result_publication on evaluation_result (year, published_on, id) where version = 1;

-- Rectifications and revocation proposals: the station's and unit's names beside the task (kept current by the
-- rename events), what a keyword matches, and an index per sort.
alter table rectification add column station_name varchar(200);
alter table rectification add column host_unit_name varchar(200);
update rectification r set station_name = s.name from station s where s.id = r.station_id;
update rectification r set host_unit_name = u.name from host_unit u where u.id = r.host_unit_id;
alter table rectification alter column station_name set not null;
alter table rectification alter column host_unit_name set not null;
alter table rectification add column search_text text generated always as
    (station_name || ' ' || host_unit_name || ' ' || notice_number) stored;
create index rectification_search on rectification using gin (search_text gin_trgm_ops);
create index rectification_opened on rectification (opened_on, id);
create index rectification_deadline on rectification (deadline, id);
create index rectification_station_name on rectification (station_name, id);
create index rectification_status on rectification (status, deadline);

alter table revocation_proposal add column station_name varchar(200);
alter table revocation_proposal add column host_unit_name varchar(200);
update revocation_proposal p set station_name = s.name from station s where s.id = p.station_id;
update revocation_proposal p set host_unit_name = u.name from host_unit u where u.id = p.host_unit_id;
alter table revocation_proposal alter column station_name set not null;
alter table revocation_proposal alter column host_unit_name set not null;
alter table revocation_proposal add column search_text text generated always as
    (station_name || ' ' || host_unit_name || ' ' || coalesce(document_number, '')) stored;
-- open proposals first, then newest: the list's default order
alter table revocation_proposal add column open_first int generated always as
    (case when status = 'OPEN' then 0 else 1 end) stored;
create index revocation_proposal_search on revocation_proposal using gin (search_text gin_trgm_ops);
create index revocation_proposal_order on revocation_proposal (open_first, opened_at, id);
create index revocation_proposal_station_name on revocation_proposal (station_name, id);
create index revocation_proposal_status on revocation_proposal (status);
