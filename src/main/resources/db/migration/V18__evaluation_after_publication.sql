-- What follows a published evaluation year (Art. 17, 18(4)(5)): corrections as new versions, rectification of
-- unqualified stations with a public criticism notice, and revocation proposals the system puts before the city CAST.

-- The periods are policy data of a dated version (the measures of 2021 say 限期整改 without a period and
-- 建站一年内 for Art. 18(4)); a later revision adds a row and applies from its date.
create table results_policy (
    effective_from        date         primary key,
    source                varchar(100) not null,
    rectification_months  int          not null check (rectification_months > 0),
    no_progress_months    int          not null check (no_progress_months > 0),
    notice_number_format  varchar(64)  not null  -- {year}, {seq}: the 通报批评 document number
);
insert into results_policy values ('2021-08-17', '衢市科协〔2021〕24号', 3, 12, '衢市科协〔{year}〕通{seq}号');

-- Art. 17: a correction is proposed by one city CAST account and approved by another; approval writes version n+1
-- of evaluation_result. At most one open proposal per (year, station).
create table result_correction (
    id              bigserial     primary key,
    year            int           not null,
    station_id      bigint        not null references station (id),
    base_version    int           not null,            -- the version in force when proposed
    grade           varchar(16)   not null check (grade in ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    total           numeric(7,2),
    reason          varchar(2000) not null,
    status          varchar(16)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by     varchar(64)   not null,
    proposed_by_account bigint    not null,
    proposed_at     timestamptz   not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    decision_note   varchar(2000),
    result_id       bigint        references evaluation_result (id),
    check (status = 'PROPOSED' or decided_by is not null),
    -- result_id is linked in the approving transaction, right after the version is written
    check (status <> 'APPROVED' or decided_by <> proposed_by)
);
create unique index result_correction_open on result_correction (year, station_id) where status = 'PROPOSED';

-- 通报批评、责令限期整改: one task per unqualified result in force, tracked to closure.
create table rectification (
    id               bigserial     primary key,
    year             int           not null,
    station_id       bigint        not null references station (id),
    result_id        bigint        not null references evaluation_result (id),
    host_unit_id     bigint        not null,
    jurisdiction_id  bigint        not null,
    city_direct      boolean       not null,           -- decides who accepts the report: city CAST or county CAST
    notice_year      int           not null,
    notice_seq       int           not null,
    notice_number    varchar(64)   not null unique,
    notice_reason    varchar(2000) not null,
    opened_on        date          not null,
    first_deadline   date          not null,           -- as the notice states it
    deadline         date          not null,
    status           varchar(16)   not null check (status in ('OPEN', 'SUBMITTED', 'CLOSED', 'CANCELLED')),
    report           varchar(4000),
    report_file_id   uuid,
    report_file_name varchar(200),
    submitted_by     varchar(64),
    submitted_at     timestamptz,
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_note    varchar(2000),
    cancel_reason    varchar(2000),
    version          int           not null default 0,
    unique (notice_year, notice_seq)
);
create unique index rectification_open on rectification (year, station_id) where status in ('OPEN', 'SUBMITTED');
create index rectification_scope on rectification (jurisdiction_id, host_unit_id);

create table rectification_event (
    id                bigserial     primary key,
    rectification_id  bigint        not null references rectification (id),
    kind              varchar(16)   not null check (kind in ('OPENED', 'SUBMITTED', 'RETURNED', 'CLOSED', 'DEADLINE', 'CANCELLED')),
    note              varchar(4000),
    deadline          date,
    actor             varchar(64)   not null,
    at                timestamptz   not null
);
create index rectification_event_task on rectification_event (rectification_id, id);

-- Art. 18(4)(5): what the system detects by itself and puts before the city CAST.
create table revocation_proposal (
    id               bigserial     primary key,
    station_id       bigint        not null references station (id),
    host_unit_id     bigint        not null,
    jurisdiction_id  bigint        not null,
    cause            varchar(32)   not null check (cause in ('NO_PROGRESS', 'TWO_UNQUALIFIED_YEARS')),
    basis_year       int           not null,           -- the later unqualified year; 0 for NO_PROGRESS
    period_from      date,                             -- NO_PROGRESS: the first year after recognition
    period_to        date,
    status           varchar(16)   not null check (status in ('OPEN', 'ACCEPTED', 'DISMISSED', 'WITHDRAWN')),
    opened_at        timestamptz   not null,
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_note    varchar(2000),
    document_number  varchar(64),
    decided_on       date
);
-- idempotent: one live proposal per basis; a decided one is not proposed again, a withdrawn one may come back
create unique index revocation_proposal_basis on revocation_proposal (station_id, cause, basis_year)
    where status in ('OPEN', 'ACCEPTED', 'DISMISSED');

insert into permission (code) values ('evaluation:results'), ('evaluation:correct'), ('evaluation:rectify'),
    ('evaluation:rectify-review'), ('evaluation:rectify-deadline'), ('evaluation:propose');
insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'evaluation:results'), ('COUNTY_CAST', 'evaluation:results'), ('COUNTY_TALENT', 'evaluation:results'),
    ('CITY_CAST', 'evaluation:results'), ('CITY_TALENT', 'evaluation:results'),
    ('CITY_CAST', 'evaluation:correct'),
    ('APPLICANT', 'evaluation:rectify'),
    ('COUNTY_CAST', 'evaluation:rectify-review'), ('CITY_CAST', 'evaluation:rectify-review'),
    ('CITY_CAST', 'evaluation:rectify-deadline'),
    ('CITY_CAST', 'evaluation:propose');
