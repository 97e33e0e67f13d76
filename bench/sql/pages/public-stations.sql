-- /public/stations (anonymous directory of active stations): count + page of 20 by jurisdiction and name
\set page random(0, 49)
select count(*) from station where status = 'ACTIVE';
select s.name, s.level, s.recognised_on, u.name as unit_name, so.name as society_name, j.name as jurisdiction_name
  from station s
  join host_unit u on u.id = s.host_unit_id
  join society so on so.id = s.society_id
  join jurisdiction j on j.id = s.jurisdiction_id
 where s.status = 'ACTIVE'
 order by j.sort_order, s.name, s.id
 limit 20 offset :page * 20;
