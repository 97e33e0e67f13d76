-- audit: /audit (audit, HTTP 200) — captured by bench/capture-sql.sh
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '60b86258-ada2-4392-b6cb-89bd685a1671';
select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at from online_session o join account a on a.id = o.account_id where o.id = 'c084018a-1985-4aca-8ef1-39b2a0add902';
select count(m1_0.id) from notification_message m1_0 where m1_0.recipient_account_id='5' and m1_0.read_at is null;
select count(*) from (select 1 from audit_event e where true limit 10001) capped;
select e.id, e.occurred_at, e.actor, e.actor_ip, e.action, e.object_type, e.object_id, e.outcome, e.summary, e.hash from audit_event e where true order by e.occurred_at desc, e.id desc limit '21';
with recursive a(action) as ( (select action from audit_event order by action limit 1) union all select (select e.action from audit_event e where e.action > a.action order by e.action limit 1) from a where a.action is not null) select action from a where action is not null;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = '60b86258-ada2-4392-b6cb-89bd685a1671';
