-- 佐证: what a station records as it happens, typed to the indicator it is scored under (appendix 2).

create table station_evidence (
    id            bigserial primary key,
    station_id    bigint        not null references station (id),
    year          int           not null,
    kind          varchar(40)   not null,
    occurred_on   date          not null,
    description   varchar(2000) not null,
    attendance    int           check (attendance is null or attendance >= 0),
    level         varchar(32),
    days          numeric(6, 1) check (days is null or days > 0),
    file_id       uuid,
    file_name     varchar(200),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null,
    withdrawn_at  timestamptz,
    check (extract(year from occurred_on) = year)
);
create index station_evidence_year on station_evidence (station_id, year);

insert into permission (code) values ('station:evidence');
insert into role_permission (role_code, permission_code) values ('APPLICANT', 'station:evidence');
