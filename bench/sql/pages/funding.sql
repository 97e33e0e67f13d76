-- funding: /funding (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 order by j1_0.sort_order,j1_0.id;
select count(*) from grant_instalment i left join grant_payment p on p.instalment_id = i.id and p.status <> 'WITHDRAWN' where (true);
select i.*, p.id as p_id, p.instalment_id, p.paid_on, p.amount as p_amount, p.payer, p.document_number, p.bank_reference, p.status as p_status, p.recorded_by, p.recorded_at, p.approved_by, p.approved_at from grant_instalment i left join grant_payment p on p.instalment_id = i.id and p.status <> 'WITHDRAWN' where (true) order by i.year desc, i.id desc limit '20' offset '0';
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
