-- The annual evaluation route (Art. 13, 15-17; issue #4): a round per year, a self-report per (year, station)
-- through county CAST → county talent office → city CAST, experts' judgements, the decision and the publication.

create table evaluation_round (
    id                  bigserial    primary key,
    year                int          not null unique,
    report_deadline     date         not null,   -- Beijing time, inclusive
    recognised_by       date         not null,   -- stations recognised on or before this day take part
    status              varchar(16)  not null check (status in ('OPEN', 'DECIDED', 'AT_TALENT', 'APPROVED',
                                                                'PUBLISHED')),
    tie_chosen          varchar(500),            -- station ids chosen by the city CAST, ','-separated
    tie_reason          varchar(2000),
    decided_on          date,                    -- the CAST party-group meeting
    meeting_reference   varchar(200),
    document_number     varchar(64),
    published_on        date,
    opened_by           varchar(64)  not null,
    opened_at           timestamptz  not null,
    version             int          not null default 0
);

-- the round's opinion boxes: decision, report to the talent office, approval or return, publication
create table evaluation_round_record (
    id          bigserial     primary key,
    round_id    bigint        not null references evaluation_round (id),
    seq         int           not null,
    step        varchar(16)   not null,
    decision    varchar(16)   not null,
    office      varchar(100)  not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    opinion     varchar(2000),
    decided_at  timestamptz   not null,
    unique (round_id, seq)
);

create table evaluation_report (
    id               bigserial     primary key,
    round_id         bigint        not null references evaluation_round (id),
    year             int           not null,
    station_id       bigint        not null references station (id),
    station_name     varchar(200)  not null,
    host_unit_id     bigint        not null,
    jurisdiction_id  bigint        not null,
    society_id       bigint        not null,
    level            varchar(16)   not null,
    city_direct      boolean       not null,
    station_year     int           not null check (station_year >= 1),
    status           varchar(16)   not null check (status in ('DRAFT', 'COUNTY_CHECK', 'COUNTY_TALENT', 'CITY_REVIEW',
                                                              'VERIFIED', 'RETURNED', 'NOT_SUBMITTED')),
    summary          varchar(10000),
    declarations     varchar(1000),            -- 'A1.1:OFFICE,STAFF;A2.3:CITY'
    coverage         numeric(5,2),             -- A2.1: the plan's coverage of the contract, percent
    team_size        int,                      -- expert team size frozen at submission (B1.1's divisor)
    submitted_at     timestamptz,
    version          int           not null default 0,
    unique (year, station_id)
);
create index evaluation_report_scope on evaluation_report (year, jurisdiction_id, host_unit_id);

create table evaluation_report_record (
    id          bigserial     primary key,
    report_id   bigint        not null references evaluation_report (id),
    seq         int           not null,
    step        varchar(16)   not null,
    decision    varchar(16)   not null,
    office      varchar(100)  not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    opinion     varchar(2000),
    decided_at  timestamptz   not null,
    unique (report_id, seq)
);

-- the year's evidence as it was at submission, so that a published year recomputes identically forever
create table evaluation_evidence_snapshot (
    report_id    bigint        not null references evaluation_report (id),
    evidence_id  bigint        not null,
    kind         varchar(40)   not null,
    occurred_on  date          not null,
    description  varchar(2000) not null,
    attendance   int,
    level        varchar(32),
    days         numeric(6,1),
    primary key (report_id, evidence_id)
);

create table evaluation_inspection (
    id           bigserial     primary key,
    report_id    bigint        not null references evaluation_report (id),
    inspected_on date          not null,
    inspectors   varchar(500)  not null,
    findings     varchar(4000) not null,
    file_id      uuid,
    file_name    varchar(255),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);

create table evaluation_adjustment (
    id           bigserial     primary key,
    report_id    bigint        not null references evaluation_report (id),
    item_code    varchar(16)   not null,
    points       numeric(6,2)  not null,
    reason       varchar(2000) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);

create table evaluation_assignment (
    id           bigserial     primary key,
    report_id    bigint        not null references evaluation_report (id),
    expert_id    bigint        not null,
    judgement    numeric(4,2)  check (judgement between 0 and 5),
    comment      varchar(2000),
    judged_at    timestamptz,
    unique (report_id, expert_id)
);

-- 衢市科协〔YYYY〕n号 of the results documents: gapless per year (a rollback gives the number back). Separate from
-- application's recognition_counter, which another module owns.
create table evaluation_document_counter (
    year      int primary key,
    last_seq  int not null
);

-- OWNED BY MODULE station (station.EvidenceYearLocks), created here only because the lock exists for the
-- evaluation: a (station, year) whose self-report was submitted; its evidence may not be recorded or withdrawn.
create table evidence_year_lock (
    station_id  bigint       not null references station (id),
    year        int          not null,
    locked_at   timestamptz  not null,
    primary key (station_id, year)
);

insert into permission (code) values ('evaluation:read'), ('evaluation:manage'), ('evaluation:report'),
    ('evaluation:check'), ('evaluation:forward'), ('evaluation:judge'), ('evaluation:approve');
insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'evaluation:read'), ('COUNTY_CAST', 'evaluation:read'), ('COUNTY_TALENT', 'evaluation:read'),
    ('CITY_CAST', 'evaluation:read'), ('CITY_TALENT', 'evaluation:read'),
    ('CITY_CAST', 'evaluation:manage'), ('APPLICANT', 'evaluation:report'), ('COUNTY_CAST', 'evaluation:check'),
    ('COUNTY_TALENT', 'evaluation:forward'), ('EXPERT', 'evaluation:judge'), ('CITY_TALENT', 'evaluation:approve');
