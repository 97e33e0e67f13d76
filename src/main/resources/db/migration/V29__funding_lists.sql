-- The funding lists at national scale (issue #9): instalments, ledgers and clawbacks searched and sorted in one query
-- on this module's own tables, ledger entries paged newest first with their running balance, the overview summed
-- from one row per station and year instead of every ledger line.

-- the station's and the unit's names beside the rows (station names are fixed at recognition; unit names are kept
-- current by funding.internal.FundingNameCopies on organisation.HostUnitRenamed): no cross-module join at runtime
alter table grant_instalment add column station_name varchar(200) not null default '';
alter table grant_instalment add column host_unit_name varchar(200) not null default '';
alter table funds_ledger add column station_name varchar(200) not null default '';
alter table funds_ledger add column host_unit_name varchar(200) not null default '';
alter table clawback add column station_name varchar(200) not null default '';
alter table clawback add column host_unit_name varchar(200) not null default '';
update grant_instalment i set station_name = s.name from station s where s.id = i.station_id;
update funds_ledger l set station_name = s.name from station s where s.id = l.station_id;
update clawback c set station_name = s.name from station s where s.id = c.station_id;
update grant_instalment i set host_unit_name = u.name from host_unit u where u.id = i.host_unit_id;
update funds_ledger l set host_unit_name = u.name from host_unit u where u.id = l.host_unit_id;
update clawback c set host_unit_name = u.name from host_unit u where u.id = c.host_unit_id;

-- what a keyword is matched against (trigram: Chinese names match anywhere)
alter table grant_instalment add column search_text text generated always as
    (station_name || ' ' || host_unit_name || ' ' || result_document) stored;
alter table funds_ledger add column search_text text generated always as
    (station_name || ' ' || host_unit_name) stored;
alter table clawback add column search_text text generated always as
    (station_name || ' ' || host_unit_name || ' ' || document_number) stored;
create index grant_instalment_search on grant_instalment using gin (search_text gin_trgm_ops);
create index funds_ledger_search on funds_ledger using gin (search_text gin_trgm_ops);
create index clawback_search on clawback using gin (search_text gin_trgm_ops);

-- filters and sorts (each ends on the tie-breaker)
create index grant_instalment_year on grant_instalment (year, id);
create index grant_instalment_jurisdiction on grant_instalment (jurisdiction_id, year);
create index grant_instalment_unit on grant_instalment (host_unit_id);
create index grant_instalment_created on grant_instalment (created_at, id);
create index grant_instalment_amount on grant_instalment (amount, id);
create index grant_instalment_station_name on grant_instalment (station_name, id);
create index grant_instalment_status_id on grant_instalment (status, id);
-- a disbursement's document number is searched as a prefix
create index grant_payment_document on grant_payment (document_number);
create index grant_payment_awaiting on grant_payment (instalment_id) where status = 'AWAITING_APPROVAL';
create index funds_ledger_jurisdiction on funds_ledger (jurisdiction_id);
create index funds_ledger_unit on funds_ledger (host_unit_id);
create index funds_ledger_station_name on funds_ledger (station_name, station_id);
create index funds_ledger_unit_name on funds_ledger (host_unit_name, station_id);
create index funds_ledger_balance on funds_ledger (balance, station_id);
create index clawback_jurisdiction on clawback (jurisdiction_id);
create index clawback_unit on clawback (host_unit_id);
create index clawback_opened on clawback (opened_on, id);
create index clawback_station_name on clawback (station_name, id);
create index clawback_open on clawback (id) where settled_on is null;

-- the balance after each entry, in the order entries were recorded (the ledger row is locked while one is added):
-- a page of entries shows its running balance without reading the entries before it
alter table ledger_entry add column balance_after numeric(14,2);
alter table ledger_entry disable trigger ledger_entry_no_update;
update ledger_entry e set balance_after = b.balance_after
  from (select id, sum(case kind when 'EXPENSE' then -amount else amount end)
                   over (partition by station_id order by id) as balance_after
          from ledger_entry) b
 where b.id = e.id;
alter table ledger_entry enable trigger ledger_entry_no_update;
alter table ledger_entry alter column balance_after set not null;
create index ledger_entry_station_id on ledger_entry (station_id, id);
create index ledger_entry_station_date on ledger_entry (station_id, entry_date, id);
drop index ledger_entry_station;

-- money received and spent per station and calendar year (of the entry date), moved with every entry
-- (funding.internal.LedgerStore.add): the overview and a ledger's totals sum these, not millions of entries. The
-- ledger's jurisdiction and level (fixed when it is opened) are copied so the overview groups without a join.
create table ledger_year (
    station_id      bigint        not null references funds_ledger (station_id),
    year            int           not null,
    jurisdiction_id bigint        not null,
    level           varchar(16)   not null,
    received        numeric(16,2) not null default 0,
    spent           numeric(16,2) not null default 0,
    primary key (station_id, year)
);
insert into ledger_year (station_id, year, jurisdiction_id, level, received, spent)
select e.station_id, extract(year from e.entry_date)::int, l.jurisdiction_id, l.level,
       sum(case e.kind when 'RECEIPT' then e.amount else 0 end),
       sum(case e.kind when 'EXPENSE' then e.amount when 'REVERSAL' then -e.amount else 0 end)
  from ledger_entry e join funds_ledger l on l.station_id = e.station_id
 group by 1, 2, 3, 4;
