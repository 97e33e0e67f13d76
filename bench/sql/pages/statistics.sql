-- /reports/statistics (city): the programme's aggregates
select jurisdiction_id, level, status, count(*) from station group by 1, 2, 3;
select jurisdiction_id, status, count(*) from application group by 1, 2;
select year, jurisdiction_id, grade, count(*)
  from evaluation_result r
 where not exists (select 1 from evaluation_result n where n.year = r.year and n.station_id = r.station_id and n.version > r.version)
 group by 1, 2, 3;
select year, jurisdiction_id, status, count(*), sum(amount) from grant_instalment group by 1, 2, 3;
