-- Published evaluation results (Art. 16(4), 17). A row is never updated or deleted: the publication is version 1 of
-- every station of the year, and a correction is a further version with its reason, recorder and approver. The latest
-- version of a (year, station) is the one in force; every version stays visible.
create table evaluation_result (
    id                    bigserial     primary key,
    year                  int           not null,
    station_id            bigint        not null references station (id),
    version               int           not null check (version >= 1),
    -- the station's n-th evaluation year (1 = its first evaluation after recognition): the grants of Art. 7 follow it
    station_year          int           not null check (station_year >= 1),
    host_unit_id          bigint        not null,
    jurisdiction_id       bigint        not null,
    level                 varchar(16)   not null check (level in ('NATIONAL', 'PROVINCIAL')),
    submitted             boolean       not null,
    total                 numeric(7,2),            -- null when the station did not take part (Art. 13)
    grade                 varchar(16)   not null check (grade in ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    reason_key            varchar(100)  not null,  -- the grading reason, a message key of bundle i18n/evaluation
    reason_args           varchar(500),            -- its arguments, '|'-separated
    policy_effective_from date          not null,  -- the measures (indicator_policy_version) it was scored under
    document_number       varchar(64)   not null,  -- the publishing document, e.g. 衢市科协〔2027〕3号
    published_on          date          not null,
    correction_reason     varchar(2000),           -- null for version 1
    recorded_by           varchar(64)   not null,
    approved_by           varchar(64),             -- required for a correction, never the recorder
    recorded_at           timestamptz   not null,
    unique (year, station_id, version),
    check ((version = 1) = (correction_reason is null)),
    check (version = 1 or (approved_by is not null and approved_by <> recorded_by)),
    check (submitted = (total is not null))
);
create index evaluation_result_station on evaluation_result (station_id, year);

create function evaluation_result_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation_result is append-only: a correction is a new version';
end $$;
create trigger evaluation_result_no_update before update or delete on evaluation_result
    for each row execute function evaluation_result_append_only();
create trigger evaluation_result_no_truncate before truncate on evaluation_result
    for each statement execute function evaluation_result_append_only();
