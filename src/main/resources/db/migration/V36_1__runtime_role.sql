-- Issue #11, least privilege. Migrations run as the owner role (spring.flyway.user / password); the application runs
-- as a separate runtime role (platform.database.runtime-role, PLATFORM_DB_RUNTIME_ROLE, default stations_app) that may
-- read and write the working tables but may only INSERT and SELECT the append-only ones listed here: it can neither
-- UPDATE, DELETE nor TRUNCATE them, nor disable their triggers (only an owner may ALTER a table).
-- The grants are applied by grant_runtime_role(role), which the afterMigrate callback calls after every migration
-- (so tables added later are covered) whenever the runtime role exists; docs/database-roles.sql creates the roles.

create table append_only_table (
    table_name varchar(63)  primary key,
    what       varchar(200) not null
);
insert into append_only_table (table_name, what) values
    ('audit_event',              '审计日志'),
    ('evaluation_result',        '考核结果（更正为新版本）'),
    ('ledger_entry',             '专款台账分录（冲销为新分录）'),
    ('clawback_repayment',       '追缴还款'),
    ('station_feedback',         '学会联络人的合作情况反馈'),
    ('application_review',       '申报审核意见栏'),
    ('evaluation_round_record',  '考核年度流转意见'),
    ('evaluation_report_record', '自评报告审查意见'),
    ('rectification_event',      '整改过程记录');

create function grant_runtime_role(runtime name) returns void language plpgsql as $$
declare
    s name := current_schema();
    t record;
begin
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'runtime role % does not exist (see docs/database-roles.sql)', runtime;
    end if;
    execute format('grant usage on schema %I to %I', s, runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', s, runtime);
    -- tables and sequences that later migrations create (as the role running them) are granted the same way
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', s, runtime);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', s, runtime);
    for t in select table_name from append_only_table loop
        execute format('revoke update, delete, truncate, trigger, references on %I.%I from %I', s, t.table_name, runtime);
    end loop;
    -- the runtime role cannot rewrite the list that says which tables it may not change
    execute format('revoke insert, update, delete, truncate on %I.append_only_table from %I', s, runtime);
end $$;
