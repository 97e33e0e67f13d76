-- Issue #11, signed decisions and money: a MAC (platform.integrity key, outside the database) over the canonical
-- content of each published result, payment, ledger line and recognition document (with its station lines), kept beside it in record_seal (append-only, so the
-- sealed rows themselves are never updated to carry it). The nightly reconciliation recomputes them and lists every
-- row whose content no longer matches, or that should carry a seal and does not. Rows written before this migration
-- (id <= last_unsealed_id) have none and are not listed.
create table record_seal (
    table_name varchar(63)  not null,
    record_id  bigint       not null,
    key_id     varchar(32)  not null,
    mac        varchar(100) not null,
    primary key (table_name, record_id)
);

create table record_seal_boundary (
    table_name       varchar(63) primary key,
    last_unsealed_id bigint      not null
);
insert into record_seal_boundary (table_name, last_unsealed_id)
select 'evaluation_result', coalesce(max(id), 0) from evaluation_result
union all select 'grant_payment', coalesce(max(id), 0) from grant_payment
union all select 'ledger_entry', coalesce(max(id), 0) from ledger_entry
union all select 'recognition', coalesce(max(id), 0) from recognition;

create function record_seal_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = '42501';
end $$;
create trigger record_seal_append_only before update or delete on record_seal
    for each row execute function record_seal_append_only();
create trigger record_seal_no_truncate before truncate on record_seal
    for each statement execute function record_seal_append_only();
create trigger record_seal_boundary_append_only before update or delete on record_seal_boundary
    for each row execute function record_seal_append_only();

insert into append_only_table (table_name, what) values
    ('record_seal',          '结果、拨款与台账分录的完整性校验码'),
    ('record_seal_boundary', '校验码启用前的最后记录');
