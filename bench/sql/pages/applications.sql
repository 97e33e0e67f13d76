-- /applications (city CAST: every submitted application, plus its own paper drafts): count + page of 20
\set page random(0, 49)
select count(*) from application a where a.status <> 'DRAFT' or a.entered_by = 'bench-city';
select a.id, a.station_name, a.unit_name, a.status, a.level, a.city_direct, a.submitted_at, a.updated_at,
       j.name as jurisdiction_name, so.name as society_name
  from application a
  join jurisdiction j on j.id = a.jurisdiction_id
  left join society so on so.id = a.society_id
 where a.status <> 'DRAFT' or a.entered_by = 'bench-city'
 order by a.updated_at desc, a.id desc
 limit 20 offset :page * 20;
