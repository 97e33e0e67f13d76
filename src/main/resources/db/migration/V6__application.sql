-- 申报与认定: the application form of appendix 1 and its review route (Art. 3, Art. 5).

create table application (
    id                         bigserial primary key,
    host_unit_id               bigint       not null references host_unit (id),
    -- the unit's jurisdiction when the application was opened: data scope and route are decided by it
    jurisdiction_id            bigint       not null references jurisdiction (id),
    city_direct                boolean      not null,
    status                     varchar(32)  not null,
    returned_from              varchar(32),
    -- cover (封面)
    station_name               varchar(200),
    legal_representative       varchar(50),
    application_date           date,
    -- unit details
    unit_name                  varchar(200),
    address                    varchar(200),
    postcode                   varchar(6),
    contact_name               varchar(50),
    contact_title              varchar(50),
    contact_phone              varchar(40),
    contact_mobile             varchar(20),
    contact_fax                varchar(40),
    contact_email              varchar(120),
    contact_im                 varchar(60),
    nature                     varchar(32),
    nature_other               varchar(100),
    business_fields            varchar(400),
    business_field_other       varchar(100),
    level                      varchar(16),
    unit_overview              text,
    industry_overview          text,
    -- the society block
    society_id                 bigint references society (id),
    society_branch             varchar(200),
    society_legal_rep          varchar(50),
    society_legal_rep_title    varchar(50),
    society_legal_rep_mobile   varchar(20),
    society_address            varchar(200),
    society_postcode           varchar(6),
    society_contact            varchar(50),
    society_contact_title      varchar(50),
    society_contact_mobile     varchar(20),
    society_phone_fax          varchar(40),
    society_qq                 varchar(30),
    society_email              varchar(120),
    society_wechat             varchar(60),
    society_overview           text,
    purpose_plan               text,
    -- eligibility (Art. 3)
    agreement_signed_on        date,
    cooperation_years          int,
    cooperation_note           varchar(200),
    responsible_name           varchar(50),
    responsible_title          varchar(50),
    responsible_phone          varchar(40),
    office_declared            boolean      not null default false,
    funding_declared           boolean      not null default false,
    rules_declared             boolean      not null default false,
    -- paper applications entered by staff on the unit's behalf
    paper                      boolean      not null default false,
    entered_by                 varchar(64),
    submitted_at               timestamptz,
    version                    int          not null default 0,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null
);
create index application_scope on application (jurisdiction_id, status);
create index application_unit on application (host_unit_id);
create index application_society on application (society_id, status);

create table application_expert (
    application_id  bigint       not null references application (id) on delete cascade,
    position        int          not null,
    name            varchar(50)  not null,
    title           varchar(100),
    field           varchar(100),
    organisation    varchar(200),
    planned_days    int,
    primary key (application_id, position)
);

-- the opinion boxes: every step, who, when, what, and the office's seal
create table application_review (
    id               bigserial primary key,
    application_id   bigint       not null references application (id),
    seq              int          not null,
    step             varchar(32)  not null,
    decision         varchar(16)  not null,
    office           varchar(100) not null,
    reviewer_id      bigint       not null,
    reviewer_name    varchar(100) not null,
    opinion          text,
    seal_confirmed   boolean      not null default false,
    -- the office's seal image at the moment of the decision (documents' stored_file), if it had one
    seal_file_id     uuid,
    decided_at       timestamptz  not null,
    unique (application_id, seq)
);

insert into permission (code) values
    ('application:draft'), ('application:read'), ('application:review'), ('application:enter-paper');

insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'application:draft'), ('APPLICANT', 'application:read'), ('APPLICANT', 'society:read'),
    ('COUNTY_CAST', 'application:read'), ('COUNTY_CAST', 'application:review'), ('COUNTY_CAST', 'application:enter-paper'),
    ('COUNTY_TALENT', 'application:read'), ('COUNTY_TALENT', 'application:review'),
    ('CITY_CAST', 'application:read'), ('CITY_CAST', 'application:review'), ('CITY_CAST', 'application:enter-paper'),
    ('CITY_TALENT', 'application:read'), ('CITY_TALENT', 'application:review');

-- attachments: the signed co-building agreement (required) and others; the file itself lives in the
-- documents module's store (stored_file), referenced by id
create table application_attachment (
    id              bigserial primary key,
    application_id  bigint       not null references application (id),
    kind            varchar(16)  not null check (kind in ('AGREEMENT', 'OTHER')),
    file_id         uuid         not null,
    name            varchar(200) not null,
    media_type      varchar(100) not null,
    size_bytes      bigint       not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamptz  not null,
    removed_at      timestamptz
);
create index application_attachment_app on application_attachment (application_id);

-- each reviewing office's electronic seal (a PNG or JPEG it uploads), stamped into its opinion boxes;
-- office_key is ROLE for city offices and ROLE:jurisdiction for county ones
create table office_seal (
    office_key   varchar(64)  primary key,
    office_name  varchar(100) not null,
    file_id      uuid         not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
