-- Step 5: grants (Art. 7-11, 18) consistent with the published results: an instalment for each passing result of
-- station years 1 and 2, paid once by two officials (a few still due or awaiting approval), a funds ledger per station
-- with 4,800,000 lines in all (receipts, expenses, ~2 % reversals) whose balance never goes below zero, and a clawback
-- for every revoked station.

-- the result in force per (station, year), as funding received it
insert into funding_result (station_id, year, station_year, version, result_id, grade)
select distinct on (station_id, year) station_id, year, station_year, version, id, grade
  from evaluation_result order by station_id, year, version desc;

create temporary table instalment_plan as
select r.station_id, r.year, r.station_year, s.host_unit_id, s.jurisdiction_id, s.level, j.kind = 'CITY_DIRECT' as city,
       j.name as county, ps.revoked, e.document_number, e.published_on,
       case s.level when 'NATIONAL' then 500000.00 else 250000.00 end::numeric(14,2) as amount,
       case when r.station_year = 2 and not ps.revoked and bench.r(r.station_id, 90) < 0.010 then 'DUE'
            when r.station_year = 2 and not ps.revoked and bench.r(r.station_id, 90) < 0.015 then 'AWAITING'
            else 'PAID' end as plan
  from funding_result r
  join evaluation_result e on e.id = r.result_id
  join station s on s.id = r.station_id
  join bench.jur j on j.id = s.jurisdiction_id
  join bench.plan_station ps on ps.id = r.station_id
 where r.station_year in (1, 2) and r.grade <> 'UNQUALIFIED';

insert into grant_instalment (station_id, host_unit_id, jurisdiction_id, level, year, station_year, amount,
                              policy_effective_from, payer_kind, payer_jurisdiction_id, status, cancel_cause,
                              result_document, created_at)
select p.station_id, p.host_unit_id, p.jurisdiction_id, p.level, p.year, p.station_year, p.amount, date '2021-08-17',
       case when p.city then 'CITY' else 'COUNTY' end, case when p.city then null else p.jurisdiction_id end,
       case p.plan when 'PAID' then 'PAID' else 'DUE' end, null, p.document_number,
       (p.published_on::timestamp + interval '16 hours' + p.station_id * interval '10 milliseconds') at time zone 'Asia/Shanghai'
  from instalment_plan p
 order by p.year, p.station_id;

insert into grant_payment (instalment_id, paid_on, amount, payer, document_number, bank_reference, idempotency_key, status,
                           recorded_by, recorded_at, approved_by, approved_at)
select i.id, x.paid_on, i.amount,
       case when i.payer_kind = 'CITY' then '市本级' else j.name || '财政' end,
       '衢财行〔' || (i.year + 1) || '〕' || (10 + i.station_id % 90) || '号',
       'ICBC' || lpad(i.id::text, 12, '0'),
       'bench-' || i.id,
       case when p.plan = 'AWAITING' then 'AWAITING_APPROVAL' else 'APPROVED' end,
       'bench-city2', (x.paid_on::timestamp + interval '11 hours') at time zone 'Asia/Shanghai',
       case when p.plan = 'PAID' then 'bench-city' end,
       case when p.plan = 'PAID' then (x.paid_on + 2)::timestamp + interval '9 hours' end at time zone 'Asia/Shanghai'
  from grant_instalment i
  join instalment_plan p on p.station_id = i.station_id and p.year = i.year
  join bench.jur j on j.id = i.jurisdiction_id
  cross join lateral (select case when p.plan = 'AWAITING' then date '2026-11-20' + (i.station_id % 10)::int
                                  else p.published_on + 30 + (i.station_id % 40)::int end as paid_on) x
 where p.plan in ('PAID', 'AWAITING')
 order by x.paid_on, i.id;

-- one ledger per station that had an instalment (opened with it)
insert into funds_ledger (station_id, host_unit_id, jurisdiction_id, level, balance, closed)
select distinct on (p.station_id) p.station_id, p.host_unit_id, p.jurisdiction_id, p.level, 0, p.revoked
  from instalment_plan p order by p.station_id;

-- the ledger lines: receipts (one per approved payment) and n expense/reversal lines per ledger with money, n chosen so
-- that the table holds 4,800,000 lines; expenses spend 80 % of what was received, spread from the day after the first
-- receipt to the end of November 2026 (the revocation, for a revoked station)
create temporary table receipt_plan as
select i.station_id, g.id as payment_id, g.paid_on, g.amount, g.approved_at
  from grant_payment g join grant_instalment i on i.id = g.instalment_id where g.status = 'APPROVED';

create temporary table ledger_money as
select r.station_id, sum(r.amount) as received, min(r.paid_on) as first_day,
       case when l.closed then date '2026-05-19' else date '2026-11-30' end as last_day,
       row_number() over (order by r.station_id) as rn, l.host_unit_id
  from receipt_plan r join funds_ledger l on l.station_id = r.station_id
 group by r.station_id, l.closed, l.host_unit_id;

create temporary table ledger_lines as
select m.*, (4800000 - (select count(*) from receipt_plan)) / (select count(*) from ledger_money)
          + case when m.rn <= (4800000 - (select count(*) from receipt_plan)) % (select count(*) from ledger_money) then 1 else 0 end as n
  from ledger_money m;
alter table ledger_lines add column reversals int, add column expenses int;
update ledger_lines set reversals = n / 50, expenses = n - n / 50;

create temporary table entry_plan (
    station_id bigint, kind varchar(16), k int, entry_date date, amount numeric(14,2), category_code varchar(40),
    payment_id bigint, reverses_k int, recorded_by varchar(64), recorded_at timestamptz, host_unit_id bigint
);

insert into entry_plan
select r.station_id, 'RECEIPT', 0, r.paid_on, r.amount, null, r.payment_id, null, 'bench-city', r.approved_at, null
  from receipt_plan r;

insert into entry_plan
select l.station_id, 'EXPENSE', k,
       l.first_day + 1 + floor((k - 0.5) / l.expenses * (l.last_day - l.first_day - 1))::int,
       round(l.received * 0.8 / l.expenses
             * case when k % 2 = 1 then 0.5 + bench.r(l.station_id * 1000 + (k + 1) / 2, 91)
                    else 1.5 - bench.r(l.station_id * 1000 + (k + 1) / 2, 91) end::numeric, 2),
       (array['MATERIALS','TESTING','RESEARCH_SERVICES','LABOUR','EXPERT_CONSULTING','ACADEMIC_EXCHANGE',
              'TALENT_SERVICES','OTHER_NECESSARY'])[1 + floor(bench.r(l.station_id * 1000 + k, 92) * 8)::int],
       null, null, 'applicant-' || l.host_unit_id, null, l.host_unit_id
  from ledger_lines l, generate_series(1, l.expenses) k;

insert into entry_plan
select e.station_id, 'REVERSAL', 100000 + j, least(e.entry_date + 10, l.last_day), e.amount, null, null, e.k,
       'applicant-' || l.host_unit_id, null, l.host_unit_id
  from ledger_lines l
  cross join lateral generate_series(1, l.reversals) j
  join entry_plan e on e.station_id = l.station_id and e.kind = 'EXPENSE' and e.k = j * 40;

update entry_plan set recorded_at = (entry_date::timestamp + interval '10 hours' + (station_id % 3600) * interval '1 second')
                                    at time zone 'Asia/Shanghai'
 where recorded_at is null;

-- ids in the order the lines were recorded (receipts before the day's expenses, an expense before its reversal)
create temporary table entry_ids as
select e.*, (select coalesce(max(id), 0) from ledger_entry) + row_number() over (
           order by e.entry_date, case e.kind when 'RECEIPT' then 0 when 'EXPENSE' then 1 else 2 end, e.station_id, e.k) as id
  from entry_plan e;
drop table entry_plan;
create index on entry_ids (station_id, k);
analyze entry_ids;

insert into ledger_entry (id, station_id, kind, entry_date, amount, category_code, payee, purpose, project,
                          voucher_file_id, voucher_name, payment_id, reverses_id, reason, recorded_by, recorded_at)
select e.id, e.station_id, e.kind, e.entry_date, e.amount, e.category_code,
       case when e.kind = 'EXPENSE' then bench.pick(array['衢州市测试技术中心','浙江大学','中国科学院宁波材料所','衢州学院',
                                                          '杭州某检测有限公司','专家劳务（个人）','衢州国际会议中心'], e.station_id * 1000 + e.k, 93) end,
       case when e.kind = 'EXPENSE' then case when e.category_code in ('MATERIALS','TESTING','RESEARCH_SERVICES','LABOUR','EXPERT_CONSULTING')
                                              then '合作项目' || e.category_code || '支出' else '服务站活动支出' end end,
       case when e.kind = 'EXPENSE' and e.category_code in ('MATERIALS','TESTING','RESEARCH_SERVICES','LABOUR','EXPERT_CONSULTING')
            then '合作项目' || (1 + e.k % 3) || '号' end,
       null, null, e.payment_id, o.id,
       case when e.kind = 'REVERSAL' then '凭证金额有误，冲销后重新记账。' end,
       e.recorded_by, e.recorded_at
  from entry_ids e left join entry_ids o on e.kind = 'REVERSAL' and o.station_id = e.station_id and o.k = e.reverses_k
 order by e.id;
select setval('ledger_entry_id_seq', (select max(id) from ledger_entry));
drop table entry_ids;

update funds_ledger l set balance = x.balance
  from (select station_id, sum(case kind when 'EXPENSE' then -amount else amount end) as balance
          from ledger_entry group by station_id) x
 where x.station_id = l.station_id;

-- Art. 18: every revoked station's paid instalments are clawed back; half repaid in full, a quarter in part
insert into clawback (station_id, host_unit_id, jurisdiction_id, level, amount, repaid, opened_on, document_number, settled_on)
select s.id, s.host_unit_id, s.jurisdiction_id, x.level, x.paid, y.repaid, v.decided_on, v.document_number,
       case when x.paid = 0 then v.decided_on when y.repaid = x.paid then date '2026-08-15' + (s.id % 30)::int end
  from station s
  join station_revocation v on v.station_id = s.id
  cross join lateral (select coalesce(sum(g.amount), 0) as paid, max(i.level) as level
                        from grant_instalment i left join grant_payment g on g.instalment_id = i.id and g.status <> 'WITHDRAWN'
                       where i.station_id = s.id) x
  cross join lateral (select case when bench.r(s.id, 94) < 0.5 then x.paid
                                  when bench.r(s.id, 94) < 0.75 then round(x.paid / 2, 2) else 0 end as repaid) y
 order by s.id;

insert into clawback_repayment (clawback_id, repaid_on, amount, reference, recorded_by, recorded_at)
select c.id, coalesce(c.settled_on, date '2026-09-01'), c.repaid, 'REPAY' || lpad(c.id::text, 8, '0'), 'bench-city',
       (coalesce(c.settled_on, date '2026-09-01')::timestamp + interval '10 hours') at time zone 'Asia/Shanghai'
  from clawback c where c.repaid > 0 order by c.id;

drop table ledger_lines;
drop table ledger_money;
drop table receipt_plan;
drop table instalment_plan;
