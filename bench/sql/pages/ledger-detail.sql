-- /funding/ledgers/{id}: the ledger and its entries (with the reversing entry of each), page of 50
\set sid random(1, 20000)
select * from funds_ledger where station_id = :sid;
select e.*, c.name_zh, r.id as reversed_by
  from ledger_entry e
  left join expense_category c on c.code = e.category_code
  left join ledger_entry r on r.reverses_id = e.id
 where e.station_id = :sid
 order by e.entry_date, e.id
 limit 50;
