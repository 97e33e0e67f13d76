-- Step 2: applications — 20,000 recognised in 2021 (20 batches of 1,000: panel, notice, joint recognition document)
-- and 1,000 still on the route in 2026, each naming its own society (Art. 3(6): one station per society).

-- Application a (1..20000) becomes station a; 20001..21000 are open. Dates: batch b = (a - 1) / 1000 + 1.
create temporary table app_plan as
select a.id,
       case when a.id <= 20000 then ((a.id - 1) % 18000) + 1 else ((a.id * 7919) % 18000) + 1 end as host_unit_id,
       a.id as society_id,
       (a.id - 1) / 1000 + 1 as batch,
       case when a.id <= 20000 then 'RECOGNISED'
            else (array['DRAFT','DRAFT','COUNTY_CAST_REVIEW','COUNTY_CAST_REVIEW','COUNTY_CAST_REVIEW',
                        'COUNTY_TALENT_RECOGNITION','COUNTY_TALENT_RECOGNITION','CITY_CAST_REVIEW','CITY_CAST_REVIEW',
                        'CITY_CAST_REVIEW','RETURNED','REJECTED'])[1 + floor(bench.r(a.id, 40) * 12)::int] end as status,
       case when a.id <= 20000
            then timestamptz '2021-03-01 10:00:00+08' + ((a.id - 1) / 1000) * interval '3 days' + (a.id % 1000) * interval '7 minutes'
            else timestamptz '2026-03-02 10:00:00+08' + (a.id % 250) * interval '1 day' + (a.id % 97) * interval '5 minutes' end as created_at
  from generate_series(1, 21000) a (id);

-- a city-direct unit has no county steps: its county statuses become the city CAST's
update app_plan p set status = 'CITY_CAST_REVIEW'
  from host_unit u join bench.jur j on j.id = u.jurisdiction_id
 where u.id = p.host_unit_id and j.kind = 'CITY_DIRECT' and p.status in ('COUNTY_CAST_REVIEW', 'COUNTY_TALENT_RECOGNITION');
create index on app_plan (id);
analyze app_plan;

insert into application (id, host_unit_id, jurisdiction_id, city_direct, status, returned_from,
    station_name, legal_representative, application_date, unit_name, address, postcode,
    contact_name, contact_title, contact_phone, contact_mobile, contact_fax, contact_email, contact_im,
    nature, nature_other, business_fields, business_field_other, level, unit_overview, industry_overview,
    society_id, society_branch, society_legal_rep, society_legal_rep_title, society_legal_rep_mobile, society_address,
    society_postcode, society_contact, society_contact_title, society_contact_mobile, society_phone_fax, society_qq,
    society_email, society_wechat, society_overview, purpose_plan,
    agreement_signed_on, cooperation_years, cooperation_note, responsible_name, responsible_title, responsible_phone,
    office_declared, funding_declared, rules_declared, paper, entered_by, submitted_at, version, created_at, updated_at)
select p.id, u.id, u.jurisdiction_id, j.kind = 'CITY_DIRECT', p.status,
       case when p.status = 'RETURNED' then case when j.kind = 'CITY_DIRECT' then 'CITY_CAST_REVIEW' else 'COUNTY_CAST_REVIEW' end end,
       s.name || u.name || '服务站',
       u.legal_representative, (p.created_at at time zone 'Asia/Shanghai')::date, u.name, u.address, u.postcode,
       bench.pick(array['周','吴','郑','王','冯','陈'], p.id, 41) || bench.pick(array['敏','杰','婷','强','磊'], p.id, 42),
       bench.pick(array['科技部经理','办公室主任','研发总监','副院长'], p.id, 43),
       '0570-' || lpad((p.id * 13 % 10000000)::text, 7, '0'),
       '139' || lpad((p.id * 7 % 100000000)::text, 8, '0'),
       null, 'contact' || p.id || '@example.com', null,
       u.nature, u.nature_other,
       (select string_agg(f.field, ',' order by f.field) from host_unit_business_field f where f.host_unit_id = u.id),
       null, s.level,
       bench.filler(u.name || '成立于2010年，是衢州市重点培育企业，拥有省级研发中心，年研发投入占营业收入5%以上，'
                    || '与多所高校院所开展产学研合作，主要产品在国内细分市场占有率居前。', 400),
       bench.filler('衢州市' || bench.pick(array['氟硅新材料','智能装备','数字经济','精细化工','新能源'], p.id, 44)
                    || '产业规模持续扩大，集群效应明显，但高端人才与共性技术供给不足，亟需引入学会智力资源。', 300),
       s.id, s.branch, '学会理事长' || (p.id % 50), '理事长', '137' || lpad((p.id * 11 % 100000000)::text, 8, '0'),
       '北京市海淀区学院路' || (p.id % 200) || '号', '100083', s.contact, '秘书长',
       '136' || lpad((p.id * 17 % 100000000)::text, 8, '0'), s.phone, null, 'society' || s.id || '@example.org', null,
       bench.filler(s.name || '是依法登记的学术性社会团体，拥有会员数万人，下设专业委员会二十余个，长期开展学术交流与科技服务。', 300),
       bench.filler('围绕企业技术需求，组织专家开展技术咨询、联合攻关、人才培训与成果转化，力争三年内形成一批标志性成果。', 400),
       ((p.created_at at time zone 'Asia/Shanghai')::date - 30 - (p.id % 60)),
       case when p.id % 100 = 7 then 5 else 6 end, null,
       bench.pick(array['王','李','张','刘'], p.id, 45) || bench.pick(array['工','总','博士'], p.id, 46),
       bench.pick(array['总工程师','副总经理','首席科学家'], p.id, 47),
       '0570-' || lpad((p.id * 19 % 10000000)::text, 7, '0'),
       p.status <> 'DRAFT', p.status <> 'DRAFT', p.status <> 'DRAFT', false, null,
       case when p.status <> 'DRAFT' then p.created_at + interval '2 days' end,
       case when p.status = 'DRAFT' then 1 else 3 end,
       p.created_at,
       case when p.id <= 20000 then timestamptz '2021-09-15 16:00:00+08' + (p.batch - 1) * interval '3 days'
            else p.created_at + interval '9 days' end
  from app_plan p
  join host_unit u on u.id = p.host_unit_id
  join bench.jur j on j.id = u.jurisdiction_id
  join society s on s.id = p.society_id;

select setval('application_id_seq', (select max(id) from application));

-- the expert team of each application (3 members)
insert into application_expert (application_id, position, name, title, field, organisation, planned_days)
select a.id, n,
       bench.pick(array['张','王','李','赵','钱','孙','周','吴'], a.id * 3 + n, 48) || bench.pick(array['明','华','强','伟','芳'], a.id * 3 + n, 49),
       bench.pick(array['教授','研究员','高级工程师'], a.id * 3 + n, 50),
       bench.pick(array['材料','装备','化工','能源','电子'], a.id * 3 + n, 51),
       bench.pick(array['浙江大学','中国科学院','浙江工业大学','上海交通大学'], a.id * 3 + n, 52),
       15 + (a.id * 3 + n) % 30
  from application a, generate_series(0, 2) n;

-- the opinion boxes: submission and every step passed (county route: county CAST, county talent office; all: city
-- CAST, the panel's list forwarded, city talent office); open applications up to where they stand
create temporary table review_plan as
with steps (route, ord, step, decision) as (values
    ('COUNTY', 1, 'DRAFT', 'SUBMIT'), ('COUNTY', 2, 'COUNTY_CAST_REVIEW', 'PASS'),
    ('COUNTY', 3, 'COUNTY_TALENT_RECOGNITION', 'PASS'), ('COUNTY', 4, 'CITY_CAST_REVIEW', 'PASS'),
    ('COUNTY', 5, 'RECOMMENDED', 'PASS'), ('COUNTY', 6, 'CITY_TALENT_REVIEW', 'PASS'),
    ('CITY', 1, 'DRAFT', 'SUBMIT'), ('CITY', 4, 'CITY_CAST_REVIEW', 'PASS'),
    ('CITY', 5, 'RECOMMENDED', 'PASS'), ('CITY', 6, 'CITY_TALENT_REVIEW', 'PASS'))
select a.id as application_id, a.status, a.city_direct, a.jurisdiction_id, a.unit_name, a.submitted_at, s.ord, s.step,
       s.decision
  from application a
  join steps s on s.route = case when a.city_direct then 'CITY' else 'COUNTY' end
 where a.status = 'RECOGNISED'
    or (a.status <> 'DRAFT' and s.ord = 1)
    or (a.status in ('COUNTY_TALENT_RECOGNITION', 'CITY_CAST_REVIEW') and s.ord = 2)
    or (a.status = 'CITY_CAST_REVIEW' and s.ord = 3);

insert into review_plan (application_id, status, city_direct, jurisdiction_id, unit_name, submitted_at, ord, step, decision)
select a.id, a.status, a.city_direct, a.jurisdiction_id, a.unit_name, a.submitted_at, 7,
       case when a.city_direct then 'CITY_CAST_REVIEW' else 'COUNTY_CAST_REVIEW' end,
       case when a.status = 'RETURNED' then 'RETURN' else 'REJECT' end
  from application a where a.status in ('RETURNED', 'REJECTED');

insert into application_review (application_id, seq, step, decision, office, reviewer_id, reviewer_name, opinion,
                                seal_confirmed, seal_file_id, decided_at)
select p.application_id,
       row_number() over (partition by p.application_id order by p.ord),
       p.step, p.decision,
       case when p.step = 'DRAFT' then p.unit_name
            when p.step = 'COUNTY_CAST_REVIEW' then j.name || case when j.kind = 'NEW_CITY' then '管委会' else '科协' end
            when p.step = 'COUNTY_TALENT_RECOGNITION' then j.name || case when j.kind = 'NEW_CITY' then '人才办' else '委人才办' end
            when p.step in ('CITY_CAST_REVIEW', 'RECOMMENDED') then '衢州市科协'
            else '衢州市委人才办' end,
       1000 + p.ord, -- reviewer account ids of the original offices (not FKs)
       case when p.step = 'DRAFT' then p.unit_name || ' 经办人'
            when p.step like 'COUNTY%' then j.name || ' 审核员'
            when p.step = 'CITY_TALENT_REVIEW' then '市委人才办 经办人'
            else '市科协 经办人' end,
       case p.decision when 'SUBMIT' then null
                       when 'PASS' then '材料齐全，符合《办法》第三条规定的申报条件，同意推荐。'
                       when 'RETURN' then '共建协议未加盖学会公章，请补正后重新提交。'
                       else '合作年限不足，不符合第三条第（二）项。' end,
       p.decision <> 'SUBMIT', null,
       p.submitted_at + (p.ord - 1) * interval '9 days'
  from review_plan p join bench.jur j on j.id = p.jurisdiction_id;

-- 20 panels (one per batch), their lists, 20 notices and 20 joint recognition documents (衢市科协〔2021〕1..20号)
insert into review_panel (id, name, year, policy_id, status, formed_by, formed_at, listed_at, submitted_at, version)
select b, '2021年第' || b || '批学会服务站申报评审小组', 2021,
       (select id from review_sheet_policy where effective_from = date '2021-08-17'), 'SUBMITTED', 'bench-city',
       timestamptz '2021-07-01 09:00:00+08' + b * interval '2 days', timestamptz '2021-07-20 09:00:00+08' + b * interval '2 days',
       timestamptz '2021-07-25 09:00:00+08' + b * interval '2 days', 2
  from generate_series(1, 20) b;
select setval('review_panel_id_seq', 20);

insert into review_panel_expert (panel_id, expert_id)
select b, e from generate_series(1, 20) b, generate_series(1, 5) k, lateral (select ((b * 5 + k) % 500) + 1 as e) x;

insert into review_panel_application (panel_id, application_id, outcome, aggregate, reason)
select (a.id - 1) / 1000 + 1, a.id, 'RECOMMENDED', round((70 + 25 * bench.r(a.id, 53))::numeric, 4), null
  from application a where a.id <= 20000;

insert into public_notice (id, title, number, start_date, end_date, opened_by, opened_at, version)
select b, '2021年第' || b || '批衢州市全国（省级）学会服务站拟认定名单公示', '公示〔2021〕' || b || '号',
       date '2021-08-25' + (b - 1) * 3, date '2021-08-25' + (b - 1) * 3 + 6, 'bench-city',
       timestamptz '2021-08-24 17:00:00+08' + (b - 1) * interval '3 days', 0
  from generate_series(1, 20) b;
select setval('public_notice_id_seq', 20);

insert into public_notice_item (notice_id, position, application_id, station_name, unit_name, society_name, level,
                                business_fields)
select (a.id - 1) / 1000 + 1, ((a.id - 1) % 1000), a.id, a.station_name, a.unit_name, s.name, a.level,
       a.business_fields
  from application a join society s on s.id = a.society_id where a.id <= 20000;

insert into recognition (id, notice_id, year, seq, number, title, issued_on, issued_by, issued_at)
select b, b, 2021, b, '衢市科协〔2021〕' || b || '号', '关于认定2021年第' || b || '批衢州市全国（省级）学会服务站的通知',
       date '2021-09-15' + (b - 1) * 3, 'bench-city', timestamptz '2021-09-15 16:00:00+08' + (b - 1) * interval '3 days'
  from generate_series(1, 20) b;
select setval('recognition_id_seq', 20);

insert into recognition_station (recognition_id, position, application_id, station_name, level, unit_name, society_name)
select (a.id - 1) / 1000 + 1, ((a.id - 1) % 1000), a.id, a.station_name, a.level, a.unit_name, s.name
  from application a join society s on s.id = a.society_id where a.id <= 20000;

-- one series of document numbers per year (V20): 2021 = the 20 recognition documents; 2022..2026 are set by the
-- evaluation step (results documents) and the revocations
insert into document_counter (year, last_seq) values (2021, 20);

drop table review_plan;
drop table app_plan;
