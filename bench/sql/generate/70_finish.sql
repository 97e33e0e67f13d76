-- Step 7: bench-city's inbox (300 messages, 30 unread), then the plan tables go; bench.dataset marks the dataset done.

insert into notification_message (recipient_account_id, subject_key, args, link, created_at, read_at, email_status)
select a.id, 'results.notify.rectificationSubmitted', array[s.name, '2025'], '/rectifications',
       timestamptz '2026-06-01 09:00:00+08' + n * interval '13 hours',
       case when n <= 270 then timestamptz '2026-06-01 09:00:00+08' + n * interval '13 hours' + interval '2 hours' end, null
  from account a, generate_series(1, 300) n join station s on s.id = n * 61
 where a.username = 'bench-city'
 order by n;

drop table bench.plan_result;
drop table bench.plan_station;
drop table bench.jur;
