-- Step 1: organisation — 18,000 host units, 21,000 societies (one station per society, Art. 3(6): 20,000 with a
-- station, 1,000 named by applications still on the route), 500 experts, the bench accounts and a token.

-- host units: unit u is in the jurisdiction whose [lo, hi) holds r(u) * 100
insert into host_unit (id, name, credit_code, jurisdiction_id, nature, nature_other, business_field_other,
                       legal_representative, address, postcode, version, created_at)
select u.id,
       j.name || bench.pick(array['恒','华','瑞','信','达','鑫','宏','泰','盛','源','博','智','联','创','新','康',
                                  '安','正','远','通','精','锐','卓','誉','弘','昌','振','凯','科','利'], u.id, 1)
              || bench.pick(array['晟','峰','元','丰','辰','越','川','海','森','邦','禾','宇','润','和','光','睿',
                                  '泽','航','力','德','诚','星','明','嘉'], u.id, 2)
              || bench.pick(array['新材料','智能装备','数字科技','精细化工','新能源','电子化学品','信息电子',
                                  '特种纸业','生命健康','氟硅材料'], u.id, 3)
              || bench.pick(array['科技有限公司','股份有限公司','研究院','产业园','有限公司','技术有限公司'], u.id, 4)
              || case when u.id > 9000 then '（' || (u.id / 1000) || '分公司）' else '' end,
       bench.credit_code(case when bench.r(u.id, 5) < 0.8 then '91' else '12' end
                         || case when j.code ~ '^[0-9]{6}$' then j.code else '330800' end
                         || lpad(u.id::text, 9, '0')),
       j.id,
       case when bench.r(u.id, 6) < 0.60 then 'ENTERPRISE'
            when bench.r(u.id, 6) < 0.72 then 'UNIVERSITY_INSTITUTE'
            when bench.r(u.id, 6) < 0.80 then 'INDUSTRIAL_PARK'
            when bench.r(u.id, 6) < 0.87 then 'PUBLIC_SERVICE_PLATFORM'
            when bench.r(u.id, 6) < 0.93 then 'INCUBATOR'
            when bench.r(u.id, 6) < 0.98 then 'SOCIETY_ASSOCIATION'
            else 'OTHER' end,
       case when bench.r(u.id, 6) >= 0.98 then '事业单位' end,
       null,
       bench.pick(array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'], u.id, 7)
           || bench.pick(array['建国','海峰','晓东','志强','丽华','文斌','春燕','国平','伟','静','敏','军','勇','磊','洋'], u.id, 8),
       '浙江省衢州市' || j.name || bench.pick(array['经济开发区','高新园区','东港','西区','南区','北区'], u.id, 9)
           || (1 + (u.id % 300)) || '号',
       '3240' || lpad((u.id % 100)::text, 2, '0'),
       0,
       timestamptz '2021-01-04 09:00:00+08' + (u.id % 150) * interval '1 day' + (u.id % 480) * interval '1 minute'
  from generate_series(1, 18000) u (id)
  join bench.jur j on bench.r(u.id, 0) * 100 >= j.lo and bench.r(u.id, 0) * 100 < j.hi;

-- 1 to 3 business fields per unit (distinct)
insert into host_unit_business_field (host_unit_id, field)
select distinct u.id, (array['FLUORINE_SILICON','EQUIPMENT','DIGITAL_ECONOMY','CHEMICAL','NEW_ENERGY',
                             'ELECTRONIC_CHEMICALS','INFORMATION_ELECTRONICS','SPECIALTY_PAPER','LIFE_HEALTH'])
                            [1 + floor(bench.r(u.id * 3 + n, 10) * 9)::int]
  from generate_series(1, 18000) u (id), generate_series(0, 2) n
 where n = 0 or bench.r(u.id, 11 + n) < 0.35;

-- societies: 40 % national, 60 % provincial; names must be unique (one station per society)
insert into society (id, name, level, branch, contact, phone, version, created_at)
select s.id,
       case when bench.r(s.id, 20) < 0.4 then '中国' else '浙江省' end
           || bench.pick(array['化工','机械工程','材料研究','电子','计算机','仪器仪表','造纸','生物工程','药学','农学',
                               '环境科学','能源研究','电工技术','自动化','氟硅有机材料','食品科学技术','纺织工程',
                               '光学工程','汽车工程','通信'], s.id, 21)
           || '学会（' || lpad(s.id::text, 5, '0') || '）',
       case when bench.r(s.id, 20) < 0.4 then 'NATIONAL' else 'PROVINCIAL' end,
       case when bench.r(s.id, 22) < 0.5 then bench.pick(array['专业委员会','分会','工作委员会'], s.id, 23) end,
       bench.pick(array['王','李','张','刘','陈','杨'], s.id, 24) || '联络',
       '010-' || lpad((s.id * 37 % 100000000)::text, 8, '0'),
       0,
       timestamptz '2021-01-04 09:00:00+08' + (s.id % 200) * interval '1 day'
  from generate_series(1, 21000) s (id);

-- 500 experts of the city's pool
insert into expert (name, title, field, organisation, host_unit_id, phone, email, active, version, created_at)
select bench.pick(array['张','王','李','赵','钱','孙','周','吴','郑','冯','陈','褚','卫','蒋','沈'], e, 30)
           || bench.pick(array['明','华','强','伟','芳','磊','军','洋','勇','艳','杰','涛'], e, 31),
       bench.pick(array['教授','研究员','高级工程师','副教授','正高级工程师'], e, 32),
       bench.pick(array['有机氟硅材料','智能装备','数字经济','精细化工','新能源','电子化学品','生命健康'], e, 33),
       bench.pick(array['浙江大学','浙江工业大学','中国科学院','衢州学院','浙江省机械科学研究院','清华大学长三角研究院'], e, 34),
       case when e % 10 = 0 then e * 30 end,
       '1380000' || lpad(e::text, 4, '0'),
       'expert' || e || '@example.org',
       true, 0, timestamptz '2021-06-01 09:00:00+08' + e * interval '1 hour'
  from generate_series(1, 500) e;

-- The bench accounts, password Bench@2026pw (bcrypt cost 10, {bcrypt} for Spring's DelegatingPasswordEncoder).
-- A fixed hash keeps the dataset identical on every run.
insert into account (username, display_name, password_hash, must_change_password, enabled, host_unit_id,
                     jurisdiction_id, email, version, created_at)
select a.username, a.display_name,
       '{bcrypt}$2a$10$IEUtxjNKqefQe0JZP26hw.p2nJZCsFMsCwJx6TS1k1IbIvUpCo6Di', false, true,
       a.host_unit_id, (select id from jurisdiction where code = a.jurisdiction_code), null, 0,
       timestamptz '2021-06-01 09:00:00+08'
  from (values ('bench-city', '市科协 基准测试', null::bigint, null::text),
               ('bench-city2', '市科协 复核人（基准测试）', null, null),
               ('bench-county', '江山市科协 基准测试', null, '330881'),
               ('bench-applicant', '建站单位 基准测试', 1, null),
               ('bench-audit', '审计管理员 基准测试', null, null)) a (username, display_name, host_unit_id, jurisdiction_code);

insert into account_role (account_id, role_code)
select a.id, r.role_code
  from account a
  join (values ('bench-city', 'CITY_CAST'), ('bench-city2', 'CITY_CAST'), ('bench-county', 'COUNTY_CAST'),
               ('bench-applicant', 'APPLICANT'), ('bench-audit', 'AUDIT_ADMIN')) r (username, role_code)
    on r.username = a.username;

-- bench-county must be in 江山市 and bench-applicant's unit has a station: both are in the plan by construction
-- (unit 1 hosts stations 1 and 18001).

-- A personal access token for bench-city (organisation.internal.AccessTokenSecrets: qzst_ + 43 characters,
-- stored as the SHA-256 hex of the whole token, the first 12 characters kept as its prefix).
insert into personal_access_token (account_id, name, token_hash, token_prefix, created_at, expires_at)
select a.id, t.name, encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), left(t.token, 12),
       timestamptz '2026-01-05 09:00:00+08', null
  from account a
  join (values ('bench-city', 'bench (issue #9)', 'qzst_BenchCityIssue9NationalScaleToken0000000000'),
               ('bench-county', 'bench (issue #9)', 'qzst_BenchCountyIssue9NationalScaleToken00000000'),
               ('bench-applicant', 'bench (issue #9)', 'qzst_BenchApplicantIssue9NationalScaleToken00000'))
       t (username, name, token) on t.username = a.username;

select setval('host_unit_id_seq', (select max(id) from host_unit));
select setval('society_id_seq', (select max(id) from society));
