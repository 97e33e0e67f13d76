-- 服务站: a recognised station, opened by the joint recognition document (Art. 5(3)).

create table station (
    id                   bigserial primary key,
    application_id       bigint       not null unique references application (id),
    name                 varchar(200) not null,
    level                varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    host_unit_id         bigint       not null references host_unit (id),
    jurisdiction_id      bigint       not null references jurisdiction (id),
    society_id           bigint       not null references society (id),
    society_branch       varchar(200),
    agreement_signed_on  date         not null,
    agreement_ends_on    date         not null,
    responsible_name     varchar(50),
    responsible_title    varchar(50),
    responsible_phone    varchar(40),
    document_number      varchar(64)  not null,
    recognised_on        date         not null,
    status               varchar(16)  not null check (status in ('ACTIVE', 'REVOKED', 'EXPIRED')),
    version              int          not null default 0
);
create index station_scope on station (jurisdiction_id, status);
create index station_unit on station (host_unit_id);

create table station_expert (
    station_id    bigint       not null references station (id) on delete cascade,
    position      int          not null,
    name          varchar(50)  not null,
    title         varchar(100),
    field         varchar(100),
    organisation  varchar(200),
    planned_days  int,
    primary key (station_id, position)
);

insert into permission (code) values ('station:read');
insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'station:read'), ('COUNTY_CAST', 'station:read'), ('COUNTY_TALENT', 'station:read'),
    ('CITY_CAST', 'station:read'), ('CITY_TALENT', 'station:read');
