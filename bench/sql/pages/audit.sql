-- /audit (audit administrator, no filter): count + newest page of 20
select count(*) from audit_event;
select * from audit_event order by id desc limit 20 offset 0;
