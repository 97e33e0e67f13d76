-- 评审小组与建议名单 (Art. 5(2)): the review sheet as dated policy data, panels for a batch of
-- applications, the experts' sheets, and the recommended list.

-- a version of the review sheet: from which date it applies and how the experts' totals are aggregated
create table review_sheet_policy (
    id                bigserial    primary key,
    name              varchar(200) not null,
    effective_from    date         not null unique,
    -- how the sheet totals of one application are combined; only the arithmetic mean so far
    aggregation       varchar(16)  not null check (aggregation in ('MEAN')),
    -- drop the single highest and single lowest total when at least trim_min_sheets sheets are in
    trim_extremes     boolean      not null,
    trim_min_sheets   int          not null check (trim_min_sheets >= 3),
    -- how many decimals an expert may give per criterion (0: whole points, 1: e.g. 27.5)
    score_decimals    int          not null check (score_decimals between 0 and 2),
    -- how many decimals the aggregate is rounded to (half up)
    result_decimals   int          not null check (result_decimals between 0 and 4)
);

create table review_sheet_criterion (
    policy_id   bigint       not null references review_sheet_policy (id),
    position    int          not null,
    code        varchar(32)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    max_points  numeric(6,2) not null check (max_points > 0),
    primary key (policy_id, position),
    unique (policy_id, code)
);

insert into review_sheet_policy (name, effective_from, aggregation, trim_extremes, trim_min_sheets, score_decimals, result_decimals)
values ('学会服务站申报评审表（衢市科协〔2021〕24号）', date '2021-08-17', 'MEAN', true, 5, 1, 2);

insert into review_sheet_criterion (policy_id, position, code, name_zh, name_en, max_points)
select p.id, c.position, c.code, c.name_zh, c.name_en, c.max_points
from review_sheet_policy p,
     (values (1, 'HOST_CONDITIONS', '建站单位基础与条件', 'Host unit''s foundation and conditions', 30),
             (2, 'COOPERATION', '学会合作内容与资源', 'Cooperation content and society resources', 25),
             (3, 'WORK_PLAN', '工作计划与预期成效', 'Work plan and expected results', 25),
             (4, 'TEAM_SUPPORT', '专家团队与保障措施', 'Expert team and support measures', 20))
         as c (position, code, name_zh, name_en, max_points)
where p.effective_from = date '2021-08-17';

-- a review panel (评审小组) convened by the city CAST for a batch of applications
create table review_panel (
    id                 bigserial    primary key,
    name               varchar(200) not null,
    year               int          not null,
    policy_id          bigint       not null references review_sheet_policy (id),
    -- SCORING: experts score; LISTED: the recommended list is fixed; SUBMITTED: sent to the city talent office
    status             varchar(16)  not null check (status in ('SCORING', 'LISTED', 'SUBMITTED')),
    formed_by          varchar(64)  not null,
    formed_at          timestamptz  not null,
    -- given when the list was fixed although some assigned sheets were not submitted
    override_reason    text,
    listed_at          timestamptz,
    submitted_at       timestamptz,
    version            int          not null default 0
);

create table review_panel_expert (
    panel_id   bigint not null references review_panel (id),
    expert_id  bigint not null references expert (id),
    primary key (panel_id, expert_id)
);

-- the batch: the applications put before the panel, and the panel's outcome for each
create table review_panel_application (
    id              bigserial    primary key,
    panel_id        bigint       not null references review_panel (id),
    application_id  bigint       not null references application (id),
    -- null until the list is fixed: RECOMMENDED or NOT_RECOMMENDED
    outcome         varchar(16)  check (outcome in ('RECOMMENDED', 'NOT_RECOMMENDED')),
    aggregate       numeric(8,4),
    reason          text,
    unique (panel_id, application_id)
);
create index review_panel_application_app on review_panel_application (application_id);

-- one expert's sheet for one application (the assignment itself); WITHDRAWN when the expert declared a conflict
create table review_sheet (
    id               bigserial    primary key,
    panel_id         bigint       not null references review_panel (id),
    application_id   bigint       not null references application (id),
    expert_id        bigint       not null references expert (id),
    status           varchar(16)  not null check (status in ('ASSIGNED', 'DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    comment          text,
    conflict_reason  text,
    saved_at         timestamptz,
    submitted_at     timestamptz,
    version          int          not null default 0,
    unique (panel_id, application_id, expert_id)
);
create index review_sheet_expert on review_sheet (expert_id, status);
create index review_sheet_application on review_sheet (application_id);

create table review_sheet_score (
    sheet_id        bigint       not null references review_sheet (id) on delete cascade,
    criterion_code  varchar(32)  not null,
    points          numeric(6,2) not null,
    primary key (sheet_id, criterion_code)
);

insert into permission (code) values ('panel:manage'), ('panel:score'), ('panel:read');

insert into role_permission (role_code, permission_code) values
    ('CITY_CAST', 'panel:manage'), ('CITY_CAST', 'panel:read'),
    ('CITY_TALENT', 'panel:read'),
    -- an expert reads applications only through their assignments (see Applications.visibleTo)
    ('EXPERT', 'panel:score'), ('EXPERT', 'application:read');
