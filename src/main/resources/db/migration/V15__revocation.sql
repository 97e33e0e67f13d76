-- Art. 18: a station is revoked for one of six causes, with evidence and a document; its history stays.
create table station_revocation (
    id               bigserial     primary key,
    station_id       bigint        not null unique references station (id),
    cause            varchar(32)   not null check (cause in ('FALSE_MATERIALS', 'IP_INFRINGEMENT', 'MAJOR_ACCIDENT',
                                                             'NO_PROGRESS', 'TWO_UNQUALIFIED_YEARS', 'SOCIETY_WITHDRAWS')),
    reason           varchar(2000) not null,
    document_number  varchar(64)   not null,
    decided_on       date          not null,
    evidence_file_id uuid,
    evidence_name    varchar(200),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null
);

insert into permission (code) values ('station:revoke');
insert into role_permission (role_code, permission_code) values ('CITY_CAST', 'station:revoke');
