-- Flyway callback, after every migrate: when the runtime role exists (a two-role deployment, README "数据库角色"),
-- (re)apply its grants, so tables created by later migrations are covered and append-only ones stay INSERT/SELECT.
-- In a single-user setup (the embedded demo, CI) the role does not exist and nothing happens.
select grant_runtime_role('${runtime_role}') where exists (select 1 from pg_roles where rolname = '${runtime_role}');
