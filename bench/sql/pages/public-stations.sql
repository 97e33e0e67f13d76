-- public-stations: /public/stations (anon, HTTP 200) — captured by bench/capture-sql.sh
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select count(*) from station s where (true) and (s.status = 'ACTIVE' and s.agreement_ends_on >= '2026-12-06');
select s.id, s.name, s.level, s.host_unit_name, s.jurisdiction_id, s.society_name, s.society_branch, s.document_number, s.recognised_on, s.agreement_signed_on, s.agreement_ends_on, s.status from station s where (true) and (s.status = 'ACTIVE' and s.agreement_ends_on >= '2026-12-06') order by s.recognised_on desc, s.id desc limit '20' offset '0';
