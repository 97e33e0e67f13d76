-- /units (city): count + page of 20 host units by name, with jurisdiction
\set page random(0, 49)
select count(*) from host_unit;
select u.id, u.name, u.credit_code, u.nature, j.name as jurisdiction_name
  from host_unit u join jurisdiction j on j.id = u.jurisdiction_id
 order by u.name, u.id
 limit 20 offset :page * 20;
