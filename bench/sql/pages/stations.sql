-- /stations (city CAST: all stations): count + page of 20, newest first, with unit, jurisdiction and society
\set page random(0, 49)
select count(*) from station;
select s.id, s.name, s.level, s.status, s.recognised_on, s.agreement_ends_on, s.document_number,
       u.name as unit_name, j.name as jurisdiction_name, so.name as society_name
  from station s
  join host_unit u on u.id = s.host_unit_id
  join jurisdiction j on j.id = s.jurisdiction_id
  join society so on so.id = s.society_id
 order by s.id desc
 limit 20 offset :page * 20;
