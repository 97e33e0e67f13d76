-- Excel imports (issue #15): one batch per uploaded file, its problems, and the file itself until committed.

create table import_batch (
    id             bigserial primary key,
    kind           varchar(32)  not null,
    file_name      varchar(300) not null,
    sha256         varchar(64)  not null,
    uploaded_by    bigint       not null references account (id),
    uploaded_at    timestamptz  not null,
    state          varchar(16)  not null check (state in ('UPLOADED', 'VALIDATED', 'INVALID', 'COMMITTED')),
    row_count      int          not null default 0,
    problem_count  int          not null default 0,
    committed_at   timestamptz,
    version        int          not null default 0
);

-- the same file is imported once: a second commit of it fails here even if two sessions race past the check
create unique index import_batch_committed_once on import_batch (sha256) where state = 'COMMITTED';
create index import_batch_by_uploader on import_batch (uploaded_by, uploaded_at desc);

-- the uploaded workbook, read again at commit (kept apart so that listing batches never loads it)
create table import_file (
    batch_id  bigint primary key references import_batch (id) on delete cascade,
    content   bytea  not null
);

-- each problem at its row and column; message_key and its arguments are rendered in the reader's language
create table import_problem (
    batch_id      bigint       not null references import_batch (id) on delete cascade,
    seq           int          not null,
    row_no        int          not null,
    column_no     int          not null,
    column_header varchar(100) not null,
    message_key   varchar(100) not null,
    message_args  text[]       not null default '{}',
    primary key (batch_id, seq)
);

insert into permission (code) values ('import:manage');
insert into role_permission (role_code, permission_code) values
    ('CITY_CAST', 'import:manage'),
    ('SYSTEM_ADMIN', 'import:manage');
