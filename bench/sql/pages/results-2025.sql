-- /evaluations/results/2025: the results in force (latest version) of a year — grade counts + page of 20 by rank
\set page random(0, 49)
select r.grade, count(*)
  from evaluation_result r
 where r.year = 2025
   and not exists (select 1 from evaluation_result n where n.year = r.year and n.station_id = r.station_id and n.version > r.version)
 group by r.grade;
select r.station_id, s.name, u.name as unit_name, j.name as jurisdiction_name, r.level, r.total, r.grade, r.version,
       r.reason_key, r.reason_args, r.document_number, r.published_on
  from evaluation_result r
  join station s on s.id = r.station_id
  join host_unit u on u.id = r.host_unit_id
  join jurisdiction j on j.id = r.jurisdiction_id
 where r.year = 2025
   and not exists (select 1 from evaluation_result n where n.year = r.year and n.station_id = r.station_id and n.version > r.version)
 order by r.total desc nulls last, r.station_id
 limit 20 offset :page * 20;
