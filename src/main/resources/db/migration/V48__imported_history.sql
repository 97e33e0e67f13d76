-- Stations recognised before the platform existed come in with their history by import (issue #15, decision D8).
-- An imported row keeps where it came from: the file's SHA-256, its row, who imported it and when. Imported rows keep
-- their paper values (document numbers, dates, amounts) and are never renumbered.

-- an imported station has no application on the platform
alter table station alter column application_id drop not null;
alter table station add column import_sha256 varchar(64), add column import_row int,
                    add column imported_by varchar(64), add column imported_at timestamptz;

-- who and when are the result's recorded_by / recorded_at; its reason key is results.reason.imported
alter table evaluation_result add column import_sha256 varchar(64), add column import_row int;

alter table station_revocation add column import_sha256 varchar(64), add column import_row int;
alter table clawback_repayment add column import_sha256 varchar(64), add column import_row int;

-- Grant instalments already paid on paper. Kept apart from grant_payment, whose constraints (one live payment per
-- instalment, four-eyes approval) are the platform's own process: paper history may break them, and the nightly
-- reconciliation lists every such inconsistency instead of the import refusing it.
create table imported_grant_payment (
    id              bigserial     primary key,
    station_id      bigint        not null,
    level           varchar(16)   not null check (level in ('NATIONAL', 'PROVINCIAL')),
    year            int           not null,
    paid_on         date          not null,
    amount          numeric(14,2) not null check (amount > 0),
    payer           varchar(100)  not null,
    document_number varchar(64),
    bank_reference  varchar(64)   not null,
    import_sha256   varchar(64)   not null,
    import_row      int           not null,
    imported_by     varchar(64)   not null,
    imported_at     timestamptz   not null
);
create index imported_grant_payment_station on imported_grant_payment (station_id, year);

insert into permission (code) values ('history:import');
insert into role_permission (role_code, permission_code) values ('CITY_CAST', 'history:import');

-- the reconciliation's findings of imported payments have longer names (IMPORTED_PAID_WITHOUT_PASSING_RESULT)
alter table reconciliation_anomaly alter column kind type varchar(64);
