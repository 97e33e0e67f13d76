-- / (home, city CAST's 待办): one count per to-do
select count(*) from application where status = 'CITY_CAST_REVIEW';
select count(*) from grant_instalment i where i.status = 'DUE'
   and not exists (select 1 from grant_payment p where p.instalment_id = i.id and p.status <> 'WITHDRAWN');
select count(*) from grant_payment p join grant_instalment i on i.id = p.instalment_id
 where p.status = 'AWAITING_APPROVAL' and i.status = 'DUE';
select count(*) from clawback where settled_on is null;
select count(*) from revocation_proposal where status = 'OPEN';
select count(*) from result_correction where status = 'PROPOSED' and proposed_by <> 'bench-city';
select count(*) filter (where status = 'SUBMITTED' and city_direct),
       count(*) filter (where status in ('OPEN', 'SUBMITTED') and deadline < current_date)
  from rectification where status in ('OPEN', 'SUBMITTED');
select count(*) from evaluation_report where status = 'CITY_REVIEW';
select count(*) from notification_message m join account a on a.id = m.recipient_account_id
 where a.username = 'bench-city' and m.read_at is null;
