-- results-2025: /evaluations/results/2025 (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select exists (select 1 from evaluation_result_list l where l.year = '2025' and true);
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select count(*) from evaluation_result_list l where (true) and (l.year = '2025');
select l.* from evaluation_result_list l where (true) and (l.year = '2025') order by l.score_key desc, l.id desc limit '20' offset '0';
select y.*, p.document_number, p.published_on from (select l.year, count(*) as stations, count(*) filter (where l.grade = 'EXCELLENT') as excellent, count(*) filter (where l.grade = 'QUALIFIED') as qualified, count(*) filter (where l.grade = 'UNQUALIFIED') as unqualified, count(*) filter (where l.version > 1) as corrected from evaluation_result_list l where true group by l.year) y cross join lateral (select r.document_number, r.published_on from evaluation_result r where r.year = y.year and r.version = 1 order by r.published_on, r.id limit 1) p order by y.year desc;
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select station_id from result_correction where status = 'PROPOSED';
select * from result_correction where status = 'PROPOSED' order by proposed_at, id;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
