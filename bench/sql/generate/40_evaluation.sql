-- Step 4: the evaluation years 2021..2025, all published (100,000 results + 20 corrections), with their self-reports,
-- opinion boxes, evidence snapshots and locks, experts' judgements, rectifications of unqualified stations and the
-- revocation proposals for two unqualified years in a row (accepted for 2024+2025: those stations are revoked).

-- one results document per year, published in April of the next year: 衢市科协〔Y+1〕1号
insert into evaluation_round (id, year, report_deadline, recognised_by, status, tie_chosen, tie_reason, decided_on,
                              meeting_reference, document_number, published_on, opened_by, opened_at, version)
select y - 2020, y, make_date(y + 1, 1, 31), make_date(y, 12, 31), 'PUBLISHED',
       (select string_agg(station_id::text, ',' order by station_id) from bench.plan_result p
         where p.year = y and p.reason_key = 'evaluation.grading.reason.tieChosen'),
       case when exists (select 1 from bench.plan_result p where p.year = y and p.reason_key = 'evaluation.grading.reason.tieChosen')
            then '党组会议决定：同分者按年度协同创新成效择优' end,
       make_date(y + 1, 3, 20), '市科协党组会议纪要〔' || (y + 1) || '〕3号', '衢市科协〔' || (y + 1) || '〕1号',
       make_date(y + 1, 4, 20), 'bench-city', make_date(y, 11, 20)::timestamp at time zone 'Asia/Shanghai', 6
  from generate_series(2021, 2025) y;
select setval('evaluation_round_id_seq', 5);

insert into document_counter (year, last_seq) select y, 1 from generate_series(2022, 2026) y;

insert into evaluation_round_record (round_id, seq, step, decision, office, actor_id, actor_name, opinion, decided_at)
select r.id, s.seq, s.step, s.decision, s.office, 0, s.actor, s.opinion,
       ((r.published_on - s.days_before)::timestamp + interval '15 hours') at time zone 'Asia/Shanghai'
  from evaluation_round r
  cross join (values (1, 'OPEN', 'DECIDE', '衢州市科协', '市科协 经办人', '经党组会议研究，同意考核结果。', 31),
                     (2, 'DECIDED', 'REPORT', '衢州市科协', '市科协 经办人', '报市委人才办审核。', 20),
                     (3, 'AT_TALENT', 'APPROVE', '中共衢州市委人才工作领导小组办公室', '市委人才办 经办人', '同意。', 7),
                     (4, 'APPROVED', 'PUBLISH', '衢州市科协', '市科协 经办人', null, 0)) s (seq, step, decision, office, actor, opinion, days_before);

-- self-reports: submitted ones VERIFIED, the others NOT_SUBMITTED after the deadline
create temporary table report_plan as
select p.year, p.station_id, p.submitted, s.name, s.host_unit_id, s.jurisdiction_id, s.society_id, s.level,
       j.kind = 'CITY_DIRECT' as city_direct, p.year - 2020 as station_year,
       (make_date(p.year + 1, 1, 10) + (p.station_id % 20)::int)::timestamp + interval '10 hours' as submitted_local
  from bench.plan_result p join station s on s.id = p.station_id join bench.jur j on j.id = s.jurisdiction_id;

insert into evaluation_report (round_id, year, station_id, station_name, host_unit_id, jurisdiction_id, society_id, level,
                               city_direct, station_year, status, summary, declarations, coverage, team_size,
                               submitted_at, version, resubmit_by)
select p.year - 2020, p.year, p.station_id, p.name, p.host_unit_id, p.jurisdiction_id, p.society_id, p.level,
       p.city_direct, p.station_year,
       case when p.submitted then 'VERIFIED' else 'NOT_SUBMITTED' end,
       case when p.submitted then bench.filler(p.year || '年度自评：按照共建协议开展技术咨询、学术交流、人才培训与成果转化，完成年度计划。', 500) end,
       case when p.submitted then 'A1.1:OFFICE,STAFF;A1.2:RULES,FUNDS_PROPER,HOST_FUNDING,DATABASES;A2.2:CONTENT,AGREEMENT_PLAN;A2.3:'
                                  || (array['COUNTY','CITY','PROVINCE'])[1 + (p.station_id + p.year) % 3] end,
       case when p.submitted then (array[50, 80, 100])[1 + (p.station_id * 7 + p.year) % 3] end,
       case when p.submitted then 3 end,
       case when p.submitted then p.submitted_local at time zone 'Asia/Shanghai' end,
       case when p.submitted then case when p.city_direct then 2 else 4 end else 1 end,
       null
  from report_plan p
 order by p.year, p.submitted_local, p.station_id;

-- the route's opinion boxes
insert into evaluation_report_record (report_id, seq, step, decision, office, actor_id, actor_name, opinion, decided_at)
select r.id, row_number() over (partition by r.id order by s.ord), s.step, s.decision,
       case s.step when 'DRAFT' then case when s.decision = 'SUBMIT' then u.name else '系统' end
                   when 'COUNTY_CHECK' then j.name || '科协'
                   when 'COUNTY_TALENT' then j.name || '委人才办'
                   else '衢州市科协' end,
       case s.step when 'DRAFT' then 0 else 1000 + s.ord end,
       case s.step when 'DRAFT' then case when s.decision = 'SUBMIT' then u.name || ' 经办人' else '系统' end
                   when 'COUNTY_CHECK' then j.name || '科协 审核员'
                   when 'COUNTY_TALENT' then j.name || '委人才办 经办人'
                   else '市科协 经办人' end,
       case s.decision when 'PASS' then '材料真实完整，同意报送。' when 'VERIFY' then '经核实，佐证材料属实。'
                       when 'NOT_SUBMITTED' then make_date(r.year + 1, 1, 31)::text end,
       case when s.decision = 'NOT_SUBMITTED' then make_date(r.year + 1, 2, 1)::timestamp at time zone 'Asia/Shanghai'
            else r.submitted_at + (s.ord - 1) * interval '6 days' end
  from evaluation_report r
  join host_unit u on u.id = r.host_unit_id
  join bench.jur j on j.id = r.jurisdiction_id
  join (values (1, 'DRAFT', 'SUBMIT', true, true), (2, 'COUNTY_CHECK', 'PASS', true, false),
               (3, 'COUNTY_TALENT', 'PASS', true, false), (4, 'CITY_REVIEW', 'VERIFY', true, true),
               (1, 'DRAFT', 'NOT_SUBMITTED', false, false)) s (ord, step, decision, submitted, city)
    on s.submitted = (r.status = 'VERIFIED') and (s.city or not r.city_direct or not s.submitted);

-- the year's evidence frozen at submission, and the lock on the year
insert into evaluation_evidence_snapshot (report_id, evidence_id, kind, occurred_on, description, attendance, level, days)
select r.id, e.id, e.kind, e.occurred_on, e.description, e.attendance, e.level, e.days
  from evaluation_report r
  join station_evidence e on e.station_id = r.station_id and e.year = r.year and e.withdrawn_at is null
 where r.status = 'VERIFIED';

insert into evidence_year_lock (station_id, year, locked_at)
select station_id, year, submitted_at from evaluation_report where status = 'VERIFIED';

-- C4: one expert's judgement per submitted report
insert into evaluation_assignment (report_id, expert_id, judgement, comment, judged_at)
select r.id, 1 + (r.station_id * 7 + r.year) % 500, round((1 + 4 * bench.r(r.id, 80))::numeric, 2),
       '经济社会效益较好。', r.submitted_at + interval '20 days'
  from evaluation_report r where r.status = 'VERIFIED';

-- the published results (version 1), in the order the publication wrote them
insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id, level, submitted,
                               total, grade, reason_key, reason_args, policy_effective_from, document_number,
                               published_on, correction_reason, recorded_by, approved_by, recorded_at)
select p.year, p.station_id, 1, p.year - 2020, s.host_unit_id, s.jurisdiction_id, s.level, p.submitted, p.total,
       p.grade, p.reason_key, p.reason_args, date '2021-08-17', '衢市科协〔' || (p.year + 1) || '〕1号',
       make_date(p.year + 1, 4, 20), null, 'bench-city', null,
       (make_date(p.year + 1, 4, 20)::timestamp + interval '16 hours') at time zone 'Asia/Shanghai'
  from bench.plan_result p join station s on s.id = p.station_id
 order by p.year, p.station_id;

-- 20 corrections of 2024 (a late-counted piece of evidence): version 2 with a new total, same grade (QUALIFIED)
create temporary table correction_plan as
select p.station_id, p.total, least(p.total + 0.50, 79.99) as new_total, r.id as base_result_id
  from bench.plan_result p
  join evaluation_result r on r.year = p.year and r.station_id = p.station_id and r.version = 1
 where p.year = 2024 and p.grade = 'QUALIFIED' and p.reason_key = 'evaluation.grading.reason.outsideExcellentShare'
   and p.total < 79 and p.station_id % 97 = 0
 order by p.station_id limit 20;

insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id, level, submitted,
                               total, grade, reason_key, reason_args, policy_effective_from, document_number,
                               published_on, correction_reason, recorded_by, approved_by, recorded_at)
select r.year, r.station_id, 2, r.station_year, r.host_unit_id, r.jurisdiction_id, r.level, true, c.new_total, r.grade,
       r.reason_key, r.reason_args, r.policy_effective_from, r.document_number, r.published_on,
       '核实后补计一项学术交流活动，更正总分。', 'bench-city2', 'bench-city',
       timestamptz '2025-06-10 10:00:00+08' + c.station_id * interval '1 second'
  from correction_plan c join evaluation_result r on r.id = c.base_result_id;

insert into result_correction (year, station_id, base_version, grade, total, reason, status, proposed_by,
                               proposed_by_account, proposed_at, decided_by, decided_at, decision_note, result_id)
select 2024, c.station_id, 1, 'QUALIFIED', c.new_total, '核实后补计一项学术交流活动，更正总分。', 'APPROVED', 'bench-city2',
       (select id from account where username = 'bench-city2'), timestamptz '2025-06-03 10:00:00+08', 'bench-city',
       timestamptz '2025-06-10 10:00:00+08' + c.station_id * interval '1 second', '同意。',
       (select id from evaluation_result v where v.year = 2024 and v.station_id = c.station_id and v.version = 2)
  from correction_plan c;

-- 通报批评、限期整改: one task per unqualified result (notices 衢市科协〔Y+1〕通n号); closed for 2021..2024; for 2025
-- submitted or still open, cancelled for the stations revoked in 2026
insert into rectification (year, station_id, result_id, host_unit_id, jurisdiction_id, city_direct, notice_year, notice_seq,
                           notice_number, notice_reason, opened_on, first_deadline, deadline, status, report,
                           submitted_by, submitted_at, decided_by, decided_at, decision_note, cancel_reason, version)
select r.year, r.station_id, r.id, r.host_unit_id, r.jurisdiction_id, j.kind = 'CITY_DIRECT', r.year + 1,
       row_number() over (partition by r.year order by r.station_id),
       '衢市科协〔' || (r.year + 1) || '〕通' || row_number() over (partition by r.year order by r.station_id) || '号',
       case when r.submitted then '年度绩效考核得分低于60分，考核结果为不合格。' else '未参加年度绩效考核，视作考核结果不合格。' end,
       make_date(r.year + 1, 4, 25), make_date(r.year + 1, 7, 25), make_date(r.year + 1, 7, 25),
       x.status,
       case when x.status in ('SUBMITTED', 'CLOSED') then '已按要求完成整改：补充配备专职人员，完善管理制度，制定下一年度活动计划。' end,
       case when x.status in ('SUBMITTED', 'CLOSED') then 'applicant-' || r.host_unit_id end,
       case when x.status in ('SUBMITTED', 'CLOSED') then make_date(r.year + 1, 7, 1)::timestamp at time zone 'Asia/Shanghai' end,
       case when x.status = 'CLOSED' then case when j.kind = 'CITY_DIRECT' then 'bench-city' else 'county-' || j.code end end,
       case when x.status = 'CLOSED' then make_date(r.year + 1, 7, 20)::timestamp at time zone 'Asia/Shanghai' end,
       case when x.status = 'CLOSED' then '整改到位。' end,
       case when x.status = 'CANCELLED' then '服务站已撤销。' end,
       case x.status when 'CLOSED' then 2 when 'SUBMITTED' then 1 when 'CANCELLED' then 1 else 0 end
  from evaluation_result r
  join bench.jur j on j.id = r.jurisdiction_id
  join bench.plan_station ps on ps.id = r.station_id
  cross join lateral (select case when r.year < 2025 then 'CLOSED'
                                  when ps.revoked then 'CANCELLED'
                                  when bench.r(r.station_id, 81) < 0.6 then 'SUBMITTED'
                                  else 'OPEN' end as status) x
 where r.grade = 'UNQUALIFIED' and r.version = 1;

insert into rectification_event (rectification_id, kind, note, deadline, actor, at)
select t.id, e.kind, e.note, case when e.kind = 'OPENED' then t.deadline end, e.actor, e.at
  from rectification t
  cross join lateral (values ('OPENED', t.notice_number, 'bench-city', t.opened_on::timestamp at time zone 'Asia/Shanghai', true),
                             ('SUBMITTED', null, t.submitted_by, t.submitted_at, t.status in ('SUBMITTED', 'CLOSED')),
                             ('CLOSED', t.decision_note, t.decided_by, t.decided_at, t.status = 'CLOSED'),
                             ('CANCELLED', t.cancel_reason, 'bench-city', timestamptz '2026-05-20 10:00:00+08', t.status = 'CANCELLED'))
       e (kind, note, actor, at, present)
 where e.present
 order by e.at, t.id;

-- Art. 18(5): two unqualified years in a row → a proposal; dismissed for earlier pairs, accepted for 2024+2025
insert into revocation_proposal (station_id, host_unit_id, jurisdiction_id, cause, basis_year, period_from, period_to,
                                 status, opened_at, decided_by, decided_at, decision_note, document_number, decided_on)
select p.station_id, s.host_unit_id, s.jurisdiction_id, 'TWO_UNQUALIFIED_YEARS', p.year, null, null,
       case when p.year = 2025 then 'ACCEPTED' else 'DISMISSED' end,
       make_date(p.year + 1, 4, 21)::timestamp at time zone 'Asia/Shanghai',
       'bench-city', make_date(p.year + 1, 5, 20)::timestamp at time zone 'Asia/Shanghai',
       case when p.year = 2025 then '连续两年考核不合格，予以撤销。' else '整改到位，暂不撤销。' end,
       case when p.year = 2025 then '衢市科协〔2026〕' || (1 + row_number() over (partition by p.year = 2025 order by p.station_id)) || '号' end,
       case when p.year = 2025 then date '2026-05-20' end
  from bench.plan_result p
  join bench.plan_result q on q.station_id = p.station_id and q.year = p.year - 1 and q.grade = 'UNQUALIFIED'
  join station s on s.id = p.station_id
 where p.grade = 'UNQUALIFIED'
 order by p.year, p.station_id;

insert into station_revocation (station_id, cause, reason, document_number, decided_on, evidence_file_id, evidence_name,
                                recorded_by, recorded_at)
select station_id, 'TWO_UNQUALIFIED_YEARS', '2024、2025年度连续两年绩效考核不合格（第十八条第五项）。', document_number,
       decided_on, null, null, 'bench-city', decided_at
  from revocation_proposal where status = 'ACCEPTED' order by station_id;

update document_counter set last_seq = 1 + (select count(*) from station_revocation) where year = 2026;

drop table correction_plan;
drop table report_plan;
