-- /funding/overview (city): due, paid and spent per payer and year
select i.year, i.payer_kind, i.payer_jurisdiction_id, i.status, count(*), sum(i.amount)
  from grant_instalment i group by 1, 2, 3, 4;
select l.jurisdiction_id, sum(l.balance), count(*) filter (where l.closed) from funds_ledger l group by 1;
select c.jurisdiction_id, count(*), sum(c.amount), sum(c.repaid) from clawback c group by 1;
