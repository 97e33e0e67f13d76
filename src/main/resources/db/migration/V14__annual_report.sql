-- Art. 12: every year the host unit files a work plan for the year and a summary of the previous one.

create table annual_report_due (
    year            int          primary key,
    plan_due_on     date         not null,
    summary_due_on  date         not null,
    set_by          varchar(64)  not null,
    set_at          timestamptz  not null
);

create table station_annual_report (
    id            bigserial     primary key,
    station_id    bigint        not null references station (id),
    year          int           not null,
    kind          varchar(16)   not null check (kind in ('PLAN', 'SUMMARY')),
    content       text          not null,
    file_id       uuid,
    file_name     varchar(200),
    submitted_by  varchar(64)   not null,
    submitted_at  timestamptz   not null,
    unique (station_id, year, kind)
);

insert into permission (code) values ('station:manage');
insert into role_permission (role_code, permission_code) values ('CITY_CAST', 'station:manage');
