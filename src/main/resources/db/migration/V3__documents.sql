-- 公文 / 附件: uploaded files, content-addressed on disk (platform.files.dir/ab/cd/<sha256>).
-- One row per upload; several rows may share one file on disk.

create table stored_file (
    id             uuid          primary key,
    sha256         char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint        not null check (size_bytes > 0),
    media_type     varchar(100)  not null,
    original_name  varchar(255)  not null,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null
);
create index stored_file_sha256 on stored_file (sha256);
