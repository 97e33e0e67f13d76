-- /audit?actor=bench-city2&action=grant: the search as the page runs it (ILIKE on actor and action)
select count(*) from audit_event where actor ilike '%bench-city2%' and action ilike '%grant%';
select * from audit_event where actor ilike '%bench-city2%' and action ilike '%grant%'
 order by id desc limit 20 offset 0;
