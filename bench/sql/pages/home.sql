-- home: / (city, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'e53166cc-8733-49d9-835c-5808c8957631';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='1' and m1_0.read_at is null;
select a.status, count(*) as n from application a where ((a.status <> 'DRAFT' or a.entered_by = 'bench-city') and (true)) and a.status in ('CITY_CAST_REVIEW') group by a.status;
select (select count(*) from application a where a.status = 'PUBLIC_NOTICE' and not exists (select 1 from public_notice_item i where i.application_id = a.id)), (select count(*) from notice_objection o where o.status = 'OPEN'), (select count(*) from public_notice n where n.end_date < '2026-12-06' and not exists (select 1 from recognition r where r.notice_id = n.id));
select count(*) from review_panel p where p.status = 'SCORING' and exists (select 1 from review_sheet s where s.panel_id = p.id and s.status <> 'WITHDRAWN') and not exists (select 1 from review_sheet s where s.panel_id = p.id and s.status in ('ASSIGNED', 'DRAFT'));
select r1_0.id,r1_0.decided_on,r1_0.document_number,r1_0.meeting_reference,r1_0.opened_at,r1_0.opened_by,r1_0.published_on,r1_0.recognised_by,r1_0.report_deadline,r1_0.status,r1_0.tie_chosen,r1_0.tie_reason,r1_0.version,r1_0.year from evaluation_round r1_0 order by r1_0.year desc;
select r1_0.round_id,r1_0.id,r1_0.actor_id,r1_0.actor_name,r1_0.decided_at,r1_0.decision,r1_0.office,r1_0.opinion,r1_0.seq,r1_0.step from evaluation_round_record r1_0 where r1_0.round_id = any ('{1,5,4,3,2}') order by r1_0.seq;
select station_id from result_correction where status = 'PROPOSED';
select * from result_correction where status = 'PROPOSED' order by proposed_at, id;
select count(*) from revocation_proposal where status = 'OPEN';
select count(*) filter (where r.status = 'OPEN') as open, count(*) filter (where r.status = 'SUBMITTED' and r.city_direct) as submitted_city, count(*) filter (where r.status = 'SUBMITTED' and not r.city_direct) as submitted_county, count(*) filter (where r.status = 'OPEN' and r.deadline < '2026-12-06') as overdue from rectification r where r.status in ('OPEN', 'SUBMITTED') and true;
select count(*) from grant_instalment i where i.status = 'DUE' and not exists (select 1 from grant_payment p where p.instalment_id = i.id and p.status <> 'WITHDRAWN');
select count(*) from grant_payment p join grant_instalment i on i.id = p.instalment_id where p.status = 'AWAITING_APPROVAL' and i.status = 'DUE';
select count(*) from clawback where settled_on is null;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '303f2346-4b6b-4313-b73f-8ff419e1c2a7';
