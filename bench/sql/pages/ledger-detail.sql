-- ledger-detail: /funding/ledgers/12345 (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select * from funds_ledger where station_id = '12345';
select coalesce(sum(received), 0), coalesce(sum(spent), 0) from ledger_year where station_id = '12345';
select s1_0.id,s1_0.agreement_ends_on,s1_0.agreement_signed_on,s1_0.application_id,s1_0.document_number,s1_0.host_unit_id,s1_0.host_unit_name,s1_0.jurisdiction_id,s1_0.level,s1_0.name,s1_0.recognised_on,s1_0.responsible_name,s1_0.responsible_phone,s1_0.responsible_title,s1_0.society_branch,s1_0.society_id,s1_0.society_name,s1_0.status,s1_0.version from station s1_0 where 1=1 and s1_0.id='12345' fetch first '2' rows only;
select et1_0.station_id,et1_0.position,et1_0.field,et1_0.name,et1_0.organisation,et1_0.planned_days,et1_0.title from station_expert et1_0 where et1_0.station_id='12345';
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 where j1_0.id='8';
select hu1_0.id,hu1_0.name from host_unit hu1_0 where hu1_0.id in ('12345');
select s1_0.id,s1_0.branch,s1_0.contact,s1_0.level,s1_0.name,s1_0.phone,s1_0.version from society s1_0 where s1_0.id in ('12345');
select * from funds_ledger where station_id = '12345';
select count(*) from (select 1 from ledger_entry e left join expense_category c on c.code = e.category_code left join ledger_entry r on r.reverses_id = e.id where (e.station_id = '12345') limit 10001) capped;
select e.*, c.name_zh, c.name_en, r.id as reversed_by from ledger_entry e left join expense_category c on c.code = e.category_code left join ledger_entry r on r.reverses_id = e.id where (e.station_id = '12345') order by e.id desc, e.id desc limit '21';
select c.*, not exists (select 1 from expense_category s where s.parent_code = c.code) as leaf from expense_category c order by c.sort_order;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
