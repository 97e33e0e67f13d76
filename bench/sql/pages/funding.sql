-- /funding (city): instalments (count + page of 20, latest year first, with the live payment) and ledgers (page of 20)
\set page random(0, 49)
select count(*) from grant_instalment;
select i.id, i.station_id, s.name, i.year, i.station_year, i.level, i.amount, i.status, i.payer_kind,
       p.id as payment_id, p.status as payment_status, p.paid_on
  from grant_instalment i
  join station s on s.id = i.station_id
  left join grant_payment p on p.instalment_id = i.id and p.status <> 'WITHDRAWN'
 order by i.year desc, i.id desc
 limit 20 offset :page * 20;
select count(*) from funds_ledger;
select l.station_id, s.name, l.level, l.balance, l.closed
  from funds_ledger l join station s on s.id = l.station_id
 order by l.station_id
 limit 20 offset :page * 20;
