-- Step 3: stations — 20,000 opened by the 2021 recognition documents, their teams, 2,000,000 evidence records
-- (100 per station over 2021..2026, inserted in the order they were recorded, as the platform would have), annual plans
-- and summaries, and some society feedback.

insert into station (id, application_id, name, level, host_unit_id, jurisdiction_id, society_id, society_branch,
                     agreement_signed_on, agreement_ends_on, responsible_name, responsible_title, responsible_phone,
                     document_number, recognised_on, status, version, host_unit_name, society_name)
select a.id, a.id, a.station_name, a.level, a.host_unit_id, a.jurisdiction_id, a.society_id, a.society_branch,
       a.agreement_signed_on, (a.agreement_signed_on + make_interval(years => a.cooperation_years))::date,
       a.responsible_name, a.responsible_title, a.responsible_phone,
       '衢市科协〔2021〕' || ((a.id - 1) / 1000 + 1) || '号', date '2021-09-15' + ((a.id - 1) / 1000)::int * 3,
       case when p.revoked then 'REVOKED' when p.expired then 'EXPIRED' else 'ACTIVE' end,
       case when p.revoked or p.expired then 1 else 0 end,
       u.name, so.name   -- the name copies Stations keeps beside each row (V26)
  from application a join bench.plan_station p on p.id = a.id
  join host_unit u on u.id = a.host_unit_id
  join society so on so.id = a.society_id
 where a.id <= 20000;
select setval('station_id_seq', (select max(id) from station));

insert into station_expert (station_id, position, name, title, field, organisation, planned_days)
select application_id, position, name, title, field, organisation, planned_days
  from application_expert where application_id <= 20000;

-- evidence: k = 1..100 per station; 2021 (after recognition): 10, 2022..2025: 20 each, 2026 (to date): 10
create temporary table evidence_plan as
select s.id as station_id, s.host_unit_id, k,
       case when k <= 10 then 2021 when k <= 90 then 2022 + (k - 11) / 20 else 2026 end as year,
       bench.r(s.id * 100 + k, 60) as rk,
       bench.r(s.id * 100 + k, 61) as rv
  from station s, generate_series(1, 100) k;

alter table evidence_plan add column occurred_on date, add column kind varchar(40);
update evidence_plan set
    occurred_on = case year when 2021 then date '2021-10-08' + floor(rv * 84)::int
                            when 2026 then date '2026-01-05' + floor(rv * 330)::int
                            else make_date(year, 1, 3) + floor(rv * 360)::int end,
    kind = case when rk < 0.10 then 'EXPERT_DAYS_ON_SITE'
                when rk < 0.20 then 'REPORT_WITH_ADVICE'
                when rk < 0.24 then 'ADOPTION_OR_INSTRUCTION'
                when rk < 0.32 then 'CONFERENCE'
                when rk < 0.48 then 'SALON_OR_SEMINAR'
                when rk < 0.60 then 'TRAINING'
                when rk < 0.65 then 'TALENT_OR_WORKSTATION'
                when rk < 0.70 then 'ENTERPRISE_INTRODUCED'
                when rk < 0.76 then 'RESULT_INDUSTRIALISED'
                when rk < 0.78 then 'NATIONAL_OR_INDUSTRY_STANDARD'
                when rk < 0.82 then 'GROUP_STANDARD'
                when rk < 0.92 then 'TECHNICAL_PROBLEM_SOLVED'
                when rk < 0.95 then 'AWARD'
                else 'MEDIA_REPORT' end;

insert into station_evidence (station_id, year, kind, occurred_on, description, attendance, level, days, file_id,
                              file_name, recorded_by, recorded_at, withdrawn_at)
select e.station_id, e.year, e.kind, e.occurred_on,
       case e.kind
           when 'EXPERT_DAYS_ON_SITE' then '学会专家团队在站开展技术指导，' || to_char(e.occurred_on, 'FMMM"月"') || '在站工作记录'
           when 'REPORT_WITH_ADVICE' then '形成《' || bench.pick(array['产业发展','技术路线','市场分析','专项咨询'], e.station_id * 100 + e.k, 62) || '报告》并提出建议'
           when 'ADOPTION_OR_INSTRUCTION' then '咨询报告建议被' || bench.pick(array['市政府','行业协会','合作企业'], e.station_id * 100 + e.k, 63) || '采纳'
           when 'CONFERENCE' then '承办' || bench.pick(array['全国','国际','长三角'], e.station_id * 100 + e.k, 64) || '学术会议暨产业高峰论坛'
           when 'SALON_OR_SEMINAR' then '举办科技沙龙：' || bench.pick(array['新材料应用','智能制造','数字化转型','绿色低碳'], e.station_id * 100 + e.k, 65) || '专题研讨'
           when 'TRAINING' then '举办' || bench.pick(array['工程技术人员','青年科技人才','企业管理人员'], e.station_id * 100 + e.k, 66) || '专业技术培训班'
           when 'TALENT_OR_WORKSTATION' then '引进高层次人才，共建院士（专家）工作站合作项目'
           when 'ENTERPRISE_INTRODUCED' then '引进创新型企业落户衢州'
           when 'RESULT_INDUSTRIALISED' then '科技成果转化并实现产业化'
           when 'NATIONAL_OR_INDUSTRY_STANDARD' then '主导制定行业标准一项'
           when 'GROUP_STANDARD' then '参与制定团体标准一项'
           when 'TECHNICAL_PROBLEM_SOLVED' then '帮助企业解决' || bench.pick(array['工艺','配方','设备','检测'], e.station_id * 100 + e.k, 67) || '技术难题'
           when 'AWARD' then '合作项目获科学技术奖'
           else '服务站工作获媒体报道' end,
       case e.kind when 'CONFERENCE' then 80 + floor(e.rv * 320)::int
                   when 'TRAINING' then 60 + floor(e.rv * 240)::int
                   when 'SALON_OR_SEMINAR' then 20 + floor(e.rv * 80)::int end,
       case e.kind when 'AWARD' then case when e.rv < 0.6 then 'CITY_OR_DEPARTMENT' when e.rv < 0.9 then 'PROVINCIAL_OR_MINISTERIAL' else 'NATIONAL' end
                   when 'MEDIA_REPORT' then case when e.rv < 0.6 then 'CITY_MEDIA' when e.rv < 0.9 then 'PROVINCIAL_MEDIA' else 'NATIONAL_MEDIA' end end,
       case when e.kind = 'EXPERT_DAYS_ON_SITE' then round((1 + 14 * bench.r(e.station_id * 100 + e.k, 69))::numeric, 1) end,
       null, null,
       'applicant-' || e.host_unit_id,
       ((e.occurred_on + 1)::timestamp + make_interval(mins => 480 + (e.station_id % 600)::int)) at time zone 'Asia/Shanghai',
       case when bench.r(e.station_id * 100 + e.k, 68) < 0.01
            then ((e.occurred_on + 3)::timestamp + interval '10 hours') at time zone 'Asia/Shanghai' end
  from evidence_plan e
 order by e.occurred_on, e.station_id, e.k;

drop table evidence_plan;

-- Art. 12: the due dates and every station's plans (2022..2026) and summaries (2021..2025)
insert into annual_report_due (year, plan_due_on, summary_due_on, set_by, set_at)
select y, make_date(y, 3, 31), make_date(y + 1, 1, 31), 'bench-city', make_date(y, 1, 4)::timestamp at time zone 'Asia/Shanghai'
  from generate_series(2021, 2026) y;

insert into station_annual_report (station_id, year, kind, content, file_id, file_name, submitted_by, submitted_at)
select s.id, r.year, r.kind,
       bench.filler(case r.kind when 'PLAN' then r.year || '年度工作计划：围绕共建协议，计划开展技术咨询、学术交流、人才培训与成果转化等工作。'
                                else r.year || '年度工作总结：全年开展各类活动，完成共建计划主要任务，取得阶段性成效。' end, 600),
       null, null, 'applicant-' || s.host_unit_id,
       ((case r.kind when 'PLAN' then make_date(r.year, 3, 1) + (s.id % 28)::int else make_date(r.year + 1, 1, 5) + (s.id % 25)::int end)
           + time '10:00') at time zone 'Asia/Shanghai'
  from station s
  cross join (select y, 'PLAN' from generate_series(2022, 2026) y
              union all select y, 'SUMMARY' from generate_series(2021, 2025) y) r (year, kind)
 where not (s.status = 'REVOKED' and r.year = 2026);

-- Art. 18(6): the partner society's feedback on one station in ten
insert into station_feedback (station_id, society_id, given_on, rating, text, no_further_cooperation, recorded_by,
                              recorded_at)
select s.id, s.society_id, date '2025-11-03' + (s.id % 60)::int,
       case when bench.r(s.id, 70) < 0.8 then 'GOOD' when bench.r(s.id, 70) < 0.97 then 'FAIR' else 'POOR' end,
       '合作顺利，双方按共建计划开展活动，学会专家按期在站工作。', false, 'society-' || s.society_id,
       ((date '2025-11-03' + (s.id % 60)::int)::timestamp + interval '15 hours') at time zone 'Asia/Shanghai'
  from station s where s.id % 10 = 3
 order by 8, 1;
