-- units: /units (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select count(*) from host_unit u join jurisdiction j on j.id = u.jurisdiction_id where (true);
select u.id, u.name, u.credit_code, u.jurisdiction_id, j.name as jurisdiction_name, u.nature from host_unit u join jurisdiction j on j.id = u.jurisdiction_id where (true) order by u.name asc, u.id asc limit '20' offset '0';
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
