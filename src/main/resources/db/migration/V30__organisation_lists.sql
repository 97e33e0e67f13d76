-- Lists of the organisation, notification and audit modules at national scale (issue #9): a keyword over names and
-- codes on a generated search_text with a trigram index (pg_trgm, created by V26), an index per filter and sort.
create extension if not exists pg_trgm;

-- 建站单位: name and credit code
alter table host_unit add column search_text text generated always as (name || ' ' || credit_code) stored;
create index host_unit_search on host_unit using gin (search_text gin_trgm_ops);
create index host_unit_name on host_unit (name, id);
create index host_unit_jurisdiction_name on host_unit (jurisdiction_id, id);
create index host_unit_nature on host_unit (nature, id);

-- 学会: name, branch and contact (a society has no credit code)
alter table society add column search_text text generated always as
    (name || ' ' || coalesce(branch, '') || ' ' || coalesce(contact, '')) stored;
create index society_search on society using gin (search_text gin_trgm_ops);
create index society_level on society (level, name, id);

-- 专家库: name, field and organisation
alter table expert add column search_text text generated always as
    (name || ' ' || field || ' ' || organisation) stored;
create index expert_search on expert using gin (search_text gin_trgm_ops);
create index expert_name on expert (name, id);

-- accounts: username and display name (the bound unit's name is matched on host_unit.search_text)
alter table account add column search_text text generated always as (username || ' ' || display_name) stored;
create index account_search on account using gin (search_text gin_trgm_ops);
create index account_display_name on account (display_name, id);
create index account_jurisdiction on account (jurisdiction_id);
create index account_host_unit on account (host_unit_id);
create index account_role_role on account_role (role_code, account_id);

-- the audit trail: actor, action and target; newest first by time. A table rewrite fires no row trigger, so the
-- append-only guard is not involved, and the hash chain covers only the recorded columns.
alter table audit_event add column search_text text generated always as
    (actor || ' ' || action || ' ' || coalesce(object_type, '') || ' ' || coalesce(object_id, '')) stored;
create index audit_event_search on audit_event using gin (search_text gin_trgm_ops);
create index audit_event_time_id on audit_event (occurred_at, id);
create index audit_event_outcome on audit_event (outcome, occurred_at, id);
