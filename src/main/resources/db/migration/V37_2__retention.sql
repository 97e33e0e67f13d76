-- 保存期限: how long personal data of cases that ended without a station is kept, as dated policy rows like the
-- other policy numbers (a revision applies from its date). Rejected or failed applicants' contact data and
-- objectors' names and contacts are anonymised the given number of years after the case closed; the audit trail is
-- kept at least 6 months, and indefinitely while audit_months is null (the platform deletes no audit row).
create table retention_policy (
    effective_from                 date         primary key,
    closed_application_years       int          not null check (closed_application_years > 0),
    resolved_objection_years       int          not null check (resolved_objection_years > 0),
    audit_months                   int          check (audit_months is null or audit_months >= 6),
    source                         varchar(200) not null
);

insert into retention_policy (effective_from, closed_application_years, resolved_objection_years, audit_months, source)
values ('2021-08-17', 3, 3, null, '平台数据保存规则：未获认定的申报与异议人个人信息结案 3 年后匿名化；审计日志长期保存');

alter table application add column anonymised_at timestamptz;
alter table notice_objection add column anonymised_at timestamptz;
create index application_retention on application (updated_at) where status in ('REJECTED', 'FAILED') and anonymised_at is null;
create index notice_objection_retention on notice_objection (resolved_at) where status <> 'OPEN' and anonymised_at is null;
