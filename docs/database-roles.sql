-- 学会服务站管理平台: the two database roles of a production installation (issue #11, README 数据库角色).
-- Run once as a PostgreSQL superuser (psql -v owner_pw=… -v app_pw=… -f docs/database-roles.sql); the names are the
-- defaults: if you choose others, set PLATFORM_DB_RUNTIME_ROLE to the runtime role's name.
--
--   stations_owner  owns the schema and every table; Flyway migrates as this role (SPRING_FLYWAY_USER/_PASSWORD).
--                   Nobody signs in as it day to day.
--   stations_app    the platform runs as this role (SPRING_DATASOURCE_USERNAME/_PASSWORD): SELECT, INSERT, UPDATE,
--                   DELETE on working tables; only SELECT and INSERT on the append-only ones (append_only_table:
--                   audit, results, ledger entries, repayments, feedback, review records). It owns nothing, so it can
--                   neither disable a trigger nor alter a table.

create role stations_owner login password :'owner_pw';
create role stations_app   login password :'app_pw';
create database stations owner stations_owner;
\connect stations
-- PostgreSQL 15+: public belongs to the database owner; make sure nobody else may create objects in it
revoke create on schema public from public;
alter schema public owner to stations_owner;

-- The grants themselves are made by the migrations: V36_1 defines grant_runtime_role(role) and Flyway's afterMigrate
-- callback applies it to PLATFORM_DB_RUNTIME_ROLE after every migration (tables added later included). To apply them
-- by hand, e.g. after creating the runtime role on an already migrated database, as stations_owner:
--   select grant_runtime_role('stations_app');
-- What they amount to:
--   grant usage on schema public to stations_app;
--   grant select, insert, update, delete on all tables in schema public to stations_app;
--   grant usage, select on all sequences in schema public to stations_app;
--   alter default privileges in schema public grant select, insert, update, delete on tables to stations_app;
--   alter default privileges in schema public grant usage, select on sequences to stations_app;
--   revoke update, delete, truncate, trigger, references on <each table in append_only_table> from stations_app;
--   revoke insert, update, delete, truncate on append_only_table from stations_app;
-- Check: select table_name, has_table_privilege('stations_app', table_name, 'UPDATE') from append_only_table;
