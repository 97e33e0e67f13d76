-- 资助经费 (Art. 6-11) and the clawback of Art. 18. The funding module knows stations only through the events it
-- receives (evaluation.EvaluationResultPublished, station.StationRevoked): it never reads other modules' tables.

-- The grant amounts as dated policy data: the evaluation year Y is governed by the version in force on 31 December
-- of Y (like the scoring measures of V11). A (level, station year) without a row earns nothing: years 1 and 2 only.
create table grant_policy_version (
    effective_from date         primary key,
    source         varchar(200) not null
);
create table grant_amount (
    effective_from date          not null references grant_policy_version (effective_from),
    level          varchar(16)   not null check (level in ('NATIONAL', 'PROVINCIAL')),
    station_year   int           not null check (station_year >= 1),
    amount         numeric(14,2) not null check (amount > 0),
    primary key (effective_from, level, station_year)
);
insert into grant_policy_version (effective_from, source)
values ('2021-08-17', '衢市科协〔2021〕24号 第七条');
insert into grant_amount (effective_from, level, station_year, amount) values
    ('2021-08-17', 'NATIONAL', 1, 500000.00), ('2021-08-17', 'NATIONAL', 2, 500000.00),
    ('2021-08-17', 'PROVINCIAL', 1, 250000.00), ('2021-08-17', 'PROVINCIAL', 2, 250000.00);

-- Art. 9: what the grant may be spent on. Expenses are recorded against a leaf (a category without sub-categories).
create table expense_category (
    code        varchar(40)  primary key,
    parent_code varchar(40)  references expense_category (code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    -- project cooperation: every expense names the cooperation project (Art. 9(1): 不得用于其他与服务站合作项目无关的开支)
    needs_project boolean    not null default false,
    sort_order  int          not null
);
insert into expense_category (code, parent_code, name_zh, name_en, needs_project, sort_order) values
    ('PROJECT_COOPERATION', null, '服务站项目合作', 'Project cooperation', true, 10),
    ('MATERIALS', 'PROJECT_COOPERATION', '实验材料费', 'Experimental materials', true, 11),
    ('TESTING', 'PROJECT_COOPERATION', '测试化验加工费', 'Testing and processing', true, 12),
    ('RESEARCH_SERVICES', 'PROJECT_COOPERATION', '科研业务费', 'Research services', true, 13),
    ('LABOUR', 'PROJECT_COOPERATION', '劳务费', 'Labour', true, 14),
    ('EXPERT_CONSULTING', 'PROJECT_COOPERATION', '专家咨询费', 'Expert consulting', true, 15),
    ('ACADEMIC_EXCHANGE', null, '服务站学术交流', 'Academic exchange', false, 20),
    ('TALENT_SERVICES', null, '服务站人才服务', 'Talent services', false, 30),
    ('OTHER_NECESSARY', null, '学会服务站其他必要支出', 'Other necessary expenses', false, 40);

-- The result in force per (year, station) as the funding module received it (the latest version).
create table funding_result (
    station_id   bigint      not null,
    year         int         not null,
    station_year int         not null,
    version      int         not null,
    result_id    bigint      not null,
    grade        varchar(16) not null check (grade in ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    primary key (station_id, year)
);

-- One instalment per station and station year (Art. 7): due after a published passing result of year 1 or 2.
create table grant_instalment (
    id                    bigserial     primary key,
    station_id            bigint        not null,
    host_unit_id          bigint        not null,
    jurisdiction_id       bigint        not null,
    level                 varchar(16)   not null check (level in ('NATIONAL', 'PROVINCIAL')),
    year                  int           not null,
    station_year          int           not null check (station_year >= 1),
    amount                numeric(14,2) not null check (amount > 0),
    policy_effective_from date          not null references grant_policy_version (effective_from),
    -- Art. 11: CITY = 市本级 for city-direct units; COUNTY = the station's jurisdiction
    payer_kind            varchar(8)    not null check (payer_kind in ('CITY', 'COUNTY')),
    payer_jurisdiction_id bigint,
    status                varchar(16)   not null check (status in ('DUE', 'PAID', 'CANCELLED')),
    cancel_cause          varchar(16)   check (cancel_cause in ('CORRECTED', 'REVOKED')),
    result_document       varchar(64)   not null,
    created_at            timestamptz   not null,
    unique (station_id, station_year),
    unique (station_id, year),
    check ((status = 'CANCELLED') = (cancel_cause is not null)),
    check ((payer_kind = 'COUNTY') = (payer_jurisdiction_id is not null))
);
create index grant_instalment_status on grant_instalment (status);

-- The disbursement of an instalment: recorded by one city CAST official, approved by another.
create table grant_payment (
    id              bigserial     primary key,
    instalment_id   bigint        not null references grant_instalment (id),
    paid_on         date          not null,
    amount          numeric(14,2) not null check (amount > 0),
    payer           varchar(100)  not null,
    document_number varchar(64)   not null,
    bank_reference  varchar(64)   not null,
    idempotency_key varchar(100)  not null unique,
    status          varchar(20)   not null check (status in ('AWAITING_APPROVAL', 'APPROVED', 'WITHDRAWN')),
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    approved_by     varchar(64),
    approved_at     timestamptz,
    check (approved_by is null or approved_by <> recorded_by),
    check ((status = 'APPROVED') = (approved_by is not null))
);
-- exactly once: at most one live (awaiting or approved) payment per instalment, whatever is clicked or retried
create unique index grant_payment_once on grant_payment (instalment_id) where status <> 'WITHDRAWN';

-- 专款专用、单列核算 (Art. 10): one ledger per station; its balance never goes below zero.
create table funds_ledger (
    station_id      bigint        primary key,
    host_unit_id    bigint        not null,
    jurisdiction_id bigint        not null,
    level           varchar(16)   not null,
    balance         numeric(14,2) not null default 0 check (balance >= 0),
    closed          boolean       not null default false
);

create table ledger_entry (
    id              bigserial     primary key,
    station_id      bigint        not null references funds_ledger (station_id),
    kind            varchar(16)   not null check (kind in ('RECEIPT', 'EXPENSE', 'REVERSAL')),
    entry_date      date          not null,
    amount          numeric(14,2) not null check (amount > 0),
    category_code   varchar(40)   references expense_category (code),
    payee           varchar(200),
    purpose         varchar(1000),
    project         varchar(200),
    voucher_file_id uuid,
    voucher_name    varchar(200),
    payment_id      bigint        unique references grant_payment (id),
    reverses_id     bigint        unique references ledger_entry (id),
    reason          varchar(1000),
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    check ((kind = 'RECEIPT') = (payment_id is not null)),
    check ((kind = 'EXPENSE') = (category_code is not null and payee is not null and purpose is not null)),
    check ((kind = 'REVERSAL') = (reverses_id is not null and reason is not null))
);
create index ledger_entry_station on ledger_entry (station_id, entry_date);

create function funding_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a correction is a reversing entry, never an edit', tg_table_name;
end $$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
    for each row execute function funding_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function funding_append_only();

-- Art. 18 追缴: opened by the revocation for the sum paid, tracked until repaid.
create table clawback (
    id              bigserial     primary key,
    station_id      bigint        not null unique,
    host_unit_id    bigint        not null,
    jurisdiction_id bigint        not null,
    level           varchar(16),
    amount          numeric(14,2) not null check (amount >= 0),
    repaid          numeric(14,2) not null default 0 check (repaid >= 0),
    opened_on       date          not null,
    document_number varchar(64)   not null,
    settled_on      date,
    check (repaid <= amount),
    check ((settled_on is not null) = (repaid = amount))
);

create table clawback_repayment (
    id          bigserial     primary key,
    clawback_id bigint        not null references clawback (id),
    repaid_on   date          not null,
    amount      numeric(14,2) not null check (amount > 0),
    reference   varchar(64)   not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null,
    -- a repayment's reference (bank slip) is recorded once: a double-submitted form cannot count the money twice
    unique (clawback_id, reference)
);

create trigger clawback_repayment_no_update before update or delete on clawback_repayment
    for each row execute function funding_append_only();

-- The nightly reconciliation: its last runs and what each found.
create table reconciliation_run (
    id     bigserial   primary key,
    ran_at timestamptz not null
);
create table reconciliation_anomaly (
    run_id     bigint      not null references reconciliation_run (id),
    kind       varchar(32) not null,
    station_id bigint      not null,
    detail     varchar(200)
);

insert into permission (code) values ('funding:read'), ('funding:pay'), ('funding:ledger'), ('funding:overview'),
                                     ('funding:reconcile');
insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'funding:read'), ('COUNTY_CAST', 'funding:read'), ('COUNTY_TALENT', 'funding:read'),
    ('CITY_CAST', 'funding:read'), ('CITY_TALENT', 'funding:read'),
    ('CITY_CAST', 'funding:pay'),
    ('APPLICANT', 'funding:ledger'),
    ('CITY_CAST', 'funding:overview'), ('CITY_TALENT', 'funding:overview'),
    ('CITY_CAST', 'funding:reconcile');
