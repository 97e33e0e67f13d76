-- 公示与认定: the working-day calendar, the public notice with its objections, and the joint
-- recognition document (Art. 5(2)-(3)).

-- The working-day calendar as data: weekdays are working days, except the holidays listed here;
-- a weekend day listed as WORKDAY (调休上班) is a working day. Maintained by the city CAST / system
-- administrator from the State Council's yearly notice (国务院办公厅关于部分节假日安排的通知).
create table working_calendar_day (
    day         date        primary key,
    kind        varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        varchar(50) not null,
    updated_by  varchar(64) not null,
    updated_at  timestamptz not null
);

-- 2026 (国办发明电〔2025〕7号). Holidays are listed day by day, weekend days inside a holiday included.
insert into working_calendar_day (day, kind, name, updated_by, updated_at)
select d::date, 'HOLIDAY', h.name, 'system', now()
from (values
    ('元旦', date '2026-01-01', date '2026-01-03'),
    ('春节', date '2026-02-15', date '2026-02-23'),
    ('清明节', date '2026-04-04', date '2026-04-06'),
    ('劳动节', date '2026-05-01', date '2026-05-05'),
    ('端午节', date '2026-06-19', date '2026-06-21'),
    ('中秋节', date '2026-09-25', date '2026-09-27'),
    ('国庆节', date '2026-10-01', date '2026-10-07')
) as h (name, first_day, last_day)
cross join lateral generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into working_calendar_day (day, kind, name, updated_by, updated_at) values
    (date '2026-01-04', 'WORKDAY', '元旦调休上班', 'system', now()),
    (date '2026-02-14', 'WORKDAY', '春节调休上班', 'system', now()),
    (date '2026-02-28', 'WORKDAY', '春节调休上班', 'system', now()),
    (date '2026-05-09', 'WORKDAY', '劳动节调休上班', 'system', now()),
    (date '2026-09-20', 'WORKDAY', '国庆节调休上班', 'system', now()),
    (date '2026-10-10', 'WORKDAY', '国庆节调休上班', 'system', now());
-- 2027: to be entered on the calendar page once the State Council publishes it (usually in November).

-- How long a public notice lasts by default, as dated policy data (Art. 5(2) says 公示 without a
-- length; the programme's practice is 5 working days). A later row applies from its date on.
create table notice_policy (
    id              bigserial    primary key,
    effective_from  date         not null unique,
    working_days    int          not null check (working_days > 0),
    source          varchar(200) not null
);
insert into notice_policy (effective_from, working_days, source)
values (date '2021-08-17', 5, '衢市科协〔2021〕24号 第五条（二）；公示期默认 5 个工作日');

-- 公示: one notice lists a batch of applications in PUBLIC_NOTICE; start and end dates are inclusive
-- (the notice runs through the whole end date, Beijing time).
create table public_notice (
    id          bigserial    primary key,
    title       varchar(200) not null,
    number      varchar(100),
    start_date  date         not null,
    end_date    date         not null,
    opened_by   varchar(64)  not null,
    opened_at   timestamptz  not null,
    version     int          not null default 0,
    check (end_date >= start_date)
);

-- what the public sees of each proposed station, copied when the notice opens (no personal data)
create table public_notice_item (
    notice_id        bigint       not null references public_notice (id),
    position         int          not null,
    application_id   bigint       not null unique references application (id),
    station_name     varchar(200),
    unit_name        varchar(200),
    society_name     varchar(200),
    level            varchar(16),
    business_fields  varchar(400),
    primary key (notice_id, position)
);

-- 异议: filed by anyone on the public page about one station of an open notice
create table notice_objection (
    id              bigserial    primary key,
    notice_id       bigint       not null references public_notice (id),
    application_id  bigint       not null references application (id),
    name            varchar(50)  not null,
    contact         varchar(100) not null,
    content         text         not null,
    file_id         uuid,
    file_name       varchar(200),
    client_ip       varchar(64)  not null,
    received_at     timestamptz  not null,
    status          varchar(16)  not null check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    resolution      text,
    resolved_by     varchar(64),
    resolved_at     timestamptz,
    version         int          not null default 0
);
create index notice_objection_notice on notice_objection (notice_id, status);
create index notice_objection_rate on notice_objection (client_ip, received_at);

-- 联合发文认定: one joint document (市委人才办 + 市科协) per notice, numbered gaplessly per year
create table recognition_counter (
    year      int primary key,
    last_seq  int not null
);

create table recognition (
    id          bigserial    primary key,
    notice_id   bigint       not null unique references public_notice (id),
    year        int          not null,
    seq         int          not null,
    number      varchar(100) not null unique,
    title       varchar(200) not null,
    issued_on   date         not null,
    issued_by   varchar(64)  not null,
    issued_at   timestamptz  not null,
    unique (year, seq)
);

create table recognition_station (
    recognition_id  bigint       not null references recognition (id),
    position        int          not null,
    application_id  bigint       not null unique references application (id),
    station_name    varchar(200),
    level           varchar(16),
    unit_name       varchar(200),
    society_name    varchar(200),
    primary key (recognition_id, position)
);

insert into permission (code) values ('notice:read'), ('notice:manage'), ('calendar:manage');

insert into role_permission (role_code, permission_code) values
    ('CITY_CAST', 'notice:read'), ('CITY_CAST', 'notice:manage'), ('CITY_CAST', 'calendar:manage'),
    ('CITY_TALENT', 'notice:read'),
    ('SYSTEM_ADMIN', 'calendar:manage');
