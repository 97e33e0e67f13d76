-- /stations/{id}: the station, its team, this year's evidence, its results in force, instalments and feedback
\set sid random(1, 20000)
select s.*, u.name as unit_name, j.name as jurisdiction_name, so.name as society_name
  from station s join host_unit u on u.id = s.host_unit_id join jurisdiction j on j.id = s.jurisdiction_id
  join society so on so.id = s.society_id
 where s.id = :sid;
select * from station_expert where station_id = :sid order by position;
select * from station_evidence where station_id = :sid and year = 2026 order by occurred_on, id;
select distinct on (year) year, version, total, grade, document_number from evaluation_result
 where station_id = :sid order by year, version desc;
select * from grant_instalment where station_id = :sid order by year;
select * from station_feedback where station_id = :sid order by id desc limit 1;
