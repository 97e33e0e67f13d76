-- Issue #14 item 8: 通知公告 — the city CAST's announcements (the application call, the evaluation notice, results),
-- published on the public pages and on every official's home page; and 常用意见 — each reviewer's saved opinion phrases.

create table announcement (
    id            bigserial    primary key,
    title         varchar(200) not null,
    kind          varchar(32)  not null check (kind in ('APPLICATION_CALL', 'EVALUATION_NOTICE', 'RESULT', 'OTHER')),
    body          text         not null check (length(body) <= 20000),
    -- the date it is published under; a future date holds it back until then
    published_on  date,
    status        varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       int          not null default 0
);
-- the public list: published, newest date first
create index announcement_published on announcement (published_on desc, id desc) where status = 'PUBLISHED';

insert into permission (code) values ('announcement:manage');
insert into role_permission (role_code, permission_code) values ('CITY_CAST', 'announcement:manage');

-- one reviewer's phrases, offered by every opinion box of the review forms; the same text is saved once
create table opinion_phrase (
    id          bigserial    primary key,
    account_id  bigint       not null references account (id),
    text        varchar(500) not null,
    created_at  timestamptz  not null,
    unique (account_id, text)
);

-- 数据字典/参数: the read-only page of the policy data in force, for the offices and the system administrator
insert into permission (code) values ('policy:read');
insert into role_permission (role_code, permission_code) values
    ('COUNTY_CAST', 'policy:read'), ('COUNTY_TALENT', 'policy:read'), ('CITY_CAST', 'policy:read'),
    ('CITY_TALENT', 'policy:read'), ('SYSTEM_ADMIN', 'policy:read');
