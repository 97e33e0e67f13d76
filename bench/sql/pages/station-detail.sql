-- station-detail: /stations/12345 (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select s1_0.id,s1_0.agreement_ends_on,s1_0.agreement_signed_on,s1_0.application_id,s1_0.document_number,s1_0.host_unit_id,s1_0.host_unit_name,s1_0.jurisdiction_id,s1_0.level,s1_0.name,s1_0.recognised_on,s1_0.responsible_name,s1_0.responsible_phone,s1_0.responsible_title,s1_0.society_branch,s1_0.society_id,s1_0.society_name,s1_0.status,s1_0.version from station s1_0 where 1=1 and s1_0.id='12345' fetch first '2' rows only;
select et1_0.station_id,et1_0.position,et1_0.field,et1_0.name,et1_0.organisation,et1_0.planned_days,et1_0.title from station_expert et1_0 where et1_0.station_id='12345';
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 where j1_0.id='8';
select hu1_0.id,hu1_0.name from host_unit hu1_0 where hu1_0.id in ('12345');
select s1_0.id,s1_0.branch,s1_0.contact,s1_0.level,s1_0.name,s1_0.phone,s1_0.version from society s1_0 where s1_0.id in ('12345');
select * from station_revocation where station_id = '12345';
select s1_0.id,s1_0.agreement_ends_on,s1_0.agreement_signed_on,s1_0.application_id,s1_0.document_number,s1_0.host_unit_id,s1_0.host_unit_name,s1_0.jurisdiction_id,s1_0.level,s1_0.name,s1_0.recognised_on,s1_0.responsible_name,s1_0.responsible_phone,s1_0.responsible_title,s1_0.society_branch,s1_0.society_id,s1_0.society_name,s1_0.status,s1_0.version from station s1_0 where 1=1 and s1_0.id='12345' fetch first '2' rows only;
select et1_0.station_id,et1_0.position,et1_0.field,et1_0.name,et1_0.organisation,et1_0.planned_days,et1_0.title from station_expert et1_0 where et1_0.station_id='12345';
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 where j1_0.id='8';
select hu1_0.id,hu1_0.name from host_unit hu1_0 where hu1_0.id in ('12345');
select s1_0.id,s1_0.branch,s1_0.contact,s1_0.level,s1_0.name,s1_0.phone,s1_0.version from society s1_0 where s1_0.id in ('12345');
select f.*, not exists (select 1 from station_feedback later where later.station_id = f.station_id and later.id > f.id) as in_force from station_feedback f where f.station_id = '12345' order by f.id desc;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
