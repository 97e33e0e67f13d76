-- The annual performance evaluation (Art. 13-17, appendix 2 绩效考核表) as dated policy data: a revision of the
-- measures is a new version with its own effective date, so it applies to later years while published years
-- recompute to the same numbers. The evaluation year Y is governed by the version in force on 31 December of Y.
create table indicator_policy_version (
    effective_from date         primary key,
    source         varchar(200) not null
);

-- One row per indicator item (三级指标) with its level-1/level-2 headings and its rule.
create table indicator_rule (
    effective_from date         not null references indicator_policy_version (effective_from),
    item_code      varchar(10)  not null,
    sort_order     int          not null,
    level1_code    varchar(4)   not null,
    level1_name    varchar(100) not null,
    level1_points  numeric(6,2) not null,
    level2_code    varchar(4)   not null,
    level2_name    varchar(100) not null,
    level2_points  numeric(6,2) not null,
    name           varchar(200) not null,
    nominal_points numeric(6,2) not null,
    kind           varchar(30)  not null check (kind in ('CHECK_ITEM', 'HIGHEST_TIER', 'THRESHOLDS',
                       'PER_EVENT_CAPPED', 'PER_EVENT_UNCAPPED', 'AWARD_LADDER', 'EXPERT_JUDGEMENT')),
    cap            numeric(6,2),  -- null: 本项不封顶
    primary key (effective_from, item_code),
    unique (effective_from, sort_order)
);

-- One row per scoring line of an item (each part of a check item, each tier, each threshold, each kind of event).
create table indicator_rule_part (
    effective_from date         not null,
    item_code      varchar(10)  not null,
    part_code      varchar(30)  not null,
    sort_order     int          not null,
    description    varchar(300) not null,
    points         numeric(6,2) not null check (points >= 0),
    evidence_kind  varchar(40),   -- the evidence earning it (per event, awards, media)
    level          varchar(20) check (level in ('COUNTY', 'CITY', 'PROVINCIAL', 'NATIONAL')),
    threshold      numeric(8,2),  -- inclusive lower bound of a threshold or a measured tier
    min_attendance int check (min_attendance > 0), -- qualifier: least attendances / people
    primary key (effective_from, item_code, part_code),
    unique (effective_from, item_code, sort_order),
    foreign key (effective_from, item_code) references indicator_rule (effective_from, item_code)
);

-- Art. 17: below pass_line → UNQUALIFIED; EXCELLENT at most excellent_share of the 参评基数, rounded as stated (D4).
create table grading_parameters (
    effective_from     date         primary key references indicator_policy_version (effective_from),
    pass_line          numeric(6,2) not null,
    excellent_share    numeric(5,4) not null check (excellent_share between 0 and 1),
    excellent_rounding varchar(10)  not null check (excellent_rounding in ('FLOOR'))
);

insert into indicator_policy_version (effective_from, source)
values ('2021-08-17', '衢市科协〔2021〕24号 第十三条至第十七条、附件2 衢州市学会服务站绩效考核表');

insert into grading_parameters (effective_from, pass_line, excellent_share, excellent_rounding)
values ('2021-08-17', 60, 0.20, 'FLOOR');

insert into indicator_rule (effective_from, item_code, sort_order, level1_code, level1_name, level1_points,
                            level2_code, level2_name, level2_points, name, nominal_points, kind, cap) values
('2021-08-17', 'A1.1',  1, 'A', '服务站建设基本情况', 35, 'A1', '基础建设',     20, '设施保障', 10, 'CHECK_ITEM', 10),
('2021-08-17', 'A1.2',  2, 'A', '服务站建设基本情况', 35, 'A1', '基础建设',     20, '经费保障及制度建设', 10, 'CHECK_ITEM', 10),
('2021-08-17', 'A2.1',  3, 'A', '服务站建设基本情况', 35, 'A2', '运行管理',     15, '项目策划', 5, 'HIGHEST_TIER', 5),
-- the policy's parts add to 1 + 2 = 3 under a 4-point heading: the cap stays 4, the parts score as written
('2021-08-17', 'A2.2',  4, 'A', '服务站建设基本情况', 35, 'A2', '运行管理',     15, '协同机制', 4, 'CHECK_ITEM', 4),
('2021-08-17', 'A2.3',  5, 'A', '服务站建设基本情况', 35, 'A2', '运行管理',     15, '辐射效应', 6, 'HIGHEST_TIER', 6),
('2021-08-17', 'B1.1',  6, 'B', '服务站运行情况',     45, 'B1', '活动开展',     25, '引进专家及其创新团队在站的工作时间', 5, 'THRESHOLDS', 5),
('2021-08-17', 'B1.2',  7, 'B', '服务站运行情况',     45, 'B1', '活动开展',     25, '专家及团队开展咨询、讲座、培训活动', 10, 'PER_EVENT_CAPPED', 10),
('2021-08-17', 'B1.3',  8, 'B', '服务站运行情况',     45, 'B1', '活动开展',     25, '开展学术交流活动', 10, 'PER_EVENT_CAPPED', 10),
('2021-08-17', 'B2.1',  9, 'B', '服务站运行情况',     45, 'B2', '创新人才培养', 20, '人才培养及招才引智', 10, 'PER_EVENT_CAPPED', 10),
('2021-08-17', 'B2.2', 10, 'B', '服务站运行情况',     45, 'B2', '创新人才培养', 20, '招商引资', 10, 'PER_EVENT_CAPPED', 10),
('2021-08-17', 'C1',   11, 'C', '服务站成果产出情况', 20, 'C1', '成果转化',      5, '成果转化情况', 5, 'PER_EVENT_UNCAPPED', null),
('2021-08-17', 'C2',   12, 'C', '服务站成果产出情况', 20, 'C2', '技术攻关',      5, '帮助企业破解技术难题情况', 5, 'PER_EVENT_UNCAPPED', null),
('2021-08-17', 'C3',   13, 'C', '服务站成果产出情况', 20, 'C3', '奖项',          5, '与服务站合作研究项目直接相关的奖项数量和级别', 5, 'AWARD_LADDER', null),
('2021-08-17', 'C4',   14, 'C', '服务站成果产出情况', 20, 'C4', '经济社会效益',  5, '服务站直接产生的经济效益、产业共性技术开发、新产品增加数量、宣传报道情况、对区域经济的引领作用', 5, 'EXPERT_JUDGEMENT', null);

insert into indicator_rule_part (effective_from, item_code, part_code, sort_order, description, points,
                                 evidence_kind, level, threshold, min_attendance) values
('2021-08-17', 'A1.1', 'OFFICE',             1, '服务站常设机构应有办公场所、相应的设备设施等', 5, null, null, null, null),
('2021-08-17', 'A1.1', 'STAFF',              2, '配备必要的工作人员', 5, null, null, null, null),
('2021-08-17', 'A1.2', 'RULES',              1, '有完善的管理制度', 2, null, null, null, null),
('2021-08-17', 'A1.2', 'FUNDS_PROPER',       2, '资金使用规范、专款专用', 2, null, null, null, null),
('2021-08-17', 'A1.2', 'HOST_FUNDING',       3, '建站单位配套运行经费和科研经费投入情况', 3, null, null, null, null),
('2021-08-17', 'A1.2', 'DATABASES',          4, '建立专家数据库与项目数据库', 3, null, null, null, null),
('2021-08-17', 'A2.1', 'FULL',               1, '按照项目合同书，有活动策划方案，涵盖合同书全部内容', 5, null, null, 100, null),
('2021-08-17', 'A2.1', 'COVERS_80',          2, '有活动策划方案，涵盖合同书80%内容', 3, null, null, 80, null),
('2021-08-17', 'A2.1', 'COVERS_50',          3, '有活动策划方案，涵盖合同书50%内容', 1, null, null, 50, null),
('2021-08-17', 'A2.2', 'CONTENT',            1, '服务站与学会有明确合作内容', 1, null, null, null, null),
('2021-08-17', 'A2.2', 'AGREEMENT_PLAN',     2, '签订共建协议，制定共建计划等', 2, null, null, null, null),
('2021-08-17', 'A2.3', 'PROVINCE',           1, '服务站在全省范围内有辐射和示范效应', 6, null, null, null, null),
('2021-08-17', 'A2.3', 'CITY',               2, '在全市范围内有辐射和示范效应', 4, null, null, null, null),
('2021-08-17', 'A2.3', 'COUNTY',             3, '在全县范围内有辐射和示范效应', 2, null, null, null, null),
('2021-08-17', 'B1.1', 'UNDER_30',           1, '平均年度工作时间低于30天的此项不得分', 0, null, null, 0, null),
('2021-08-17', 'B1.1', 'FROM_30',            2, '平均年度工作时间30-40天计3分', 3, null, null, 30, null),
('2021-08-17', 'B1.1', 'FROM_40',            3, '40天以上计5分', 5, null, null, 40, null),
('2021-08-17', 'B1.2', 'REPORT',             1, '形成产业发展报告、咨询报告、专业研究报告并有科技工作者建言献策等（每次计5分）', 5, 'REPORT', null, null, null),
('2021-08-17', 'B1.2', 'ADOPTION',           2, '报告建议被政府、行业、企业采纳，建言献策获得领导批示（每次计5分）', 5, 'ADOPTION', null, null, null),
('2021-08-17', 'B1.3', 'CONFERENCE',         1, '承办100人次以上的国际或国家级高层次学术会议、行业高峰论坛等（每次计10分）', 10, 'CONFERENCE', null, null, 100),
('2021-08-17', 'B1.3', 'SALON',              2, '承办科技沙龙、学术交流、技术研讨等（每次计5分）', 5, 'SALON', null, null, null),
('2021-08-17', 'B2.1', 'TRAINING',           1, '举办100人以上培训项目（每次计5分）', 5, 'TRAINING', null, null, 100),
('2021-08-17', 'B2.1', 'TALENT',             2, '引进院士等高层次海内外人才，帮助区域或企业建立院士工作站或院士合作项目（每次计5分）', 5, 'HIGH_LEVEL_TALENT', null, null, null),
('2021-08-17', 'B2.2', 'ENTERPRISE',         1, '引进相关创新性企业（每次计10分）', 10, 'ENTERPRISE_INTRODUCED', null, null, null),
('2021-08-17', 'C1',   'INDUSTRIALISED',     1, '科技成果转化与产业化（每项计5分）', 5, 'RESULT_INDUSTRIALISED', null, null, null),
('2021-08-17', 'C1',   'NATIONAL_STANDARD',  2, '科技成果转化为国家标准、行业标准（每项计5分）', 5, 'NATIONAL_OR_INDUSTRY_STANDARD', null, null, null),
('2021-08-17', 'C1',   'GROUP_STANDARD',     3, '转化为团体标准（每项计3分）', 3, 'GROUP_STANDARD', null, null, null),
('2021-08-17', 'C2',   'PROBLEM',            1, '帮助企业破解技术难题（每次计5分）', 5, 'TECHNICAL_PROBLEM', null, null, null),
('2021-08-17', 'C3',   'BASE',               1, '年度内获得市级及以上科技奖励1项者获5分', 5, 'AWARD', 'CITY', null, null),
('2021-08-17', 'C3',   'FURTHER_CITY',       2, '超过1项者，市厅级另加2分', 2, 'AWARD', 'CITY', null, null),
('2021-08-17', 'C3',   'FURTHER_PROVINCIAL', 3, '超过1项者，省部级另加3分', 3, 'AWARD', 'PROVINCIAL', null, null),
('2021-08-17', 'C3',   'FURTHER_NATIONAL',   4, '超过1项者，国家级另加4分', 4, 'AWARD', 'NATIONAL', null, null),
('2021-08-17', 'C4',   'JUDGEMENT',          1, '根据服务站直接产生的经济效益、产业共性技术开发、新产品增加数量、宣传报道情况、服务站研发对区域经济的引领作用情况打分', 5, null, null, null, null),
('2021-08-17', 'C4',   'MEDIA_CITY',         2, '市级媒体报道1次加1分', 1, 'MEDIA_REPORT', 'CITY', null, null),
('2021-08-17', 'C4',   'MEDIA_PROVINCIAL',   3, '省级媒体报道1次加3分', 3, 'MEDIA_REPORT', 'PROVINCIAL', null, null),
('2021-08-17', 'C4',   'MEDIA_NATIONAL',     4, '国家级媒体报道1次加5分', 5, 'MEDIA_REPORT', 'NATIONAL', null, null);
