-- Flyway callback, after every migrate: when the runtime role exists (a two-role deployment, README "数据库角色"),
-- (re)apply its grants, so tables created by later migrations are covered and append-only ones stay INSERT/SELECT.
-- In a single-user setup (the embedded demo, CI) the role does not exist and nothing happens. Before V36_1 (a migration
-- stopped at an earlier target, as bench/generate.sh does) the function does not exist yet: nothing to grant then
-- either; the call is dynamic because a static one fails to parse without the function.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${runtime_role}')
            and exists (select 1 from pg_proc where proname = 'grant_runtime_role') then
        execute format('select grant_runtime_role(%L)', '${runtime_role}');
    end if;
end
$$;
