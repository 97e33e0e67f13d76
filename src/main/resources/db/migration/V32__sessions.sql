-- 会话: sessions live in PostgreSQL so that every instance sees the same sessions (Spring Session JDBC,
-- its own PostgreSQL schema, created here instead of by Spring Session's initializer), and they follow
-- the account (security_stamp) and the security administrator (online_session).

create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Raised whenever the account's rights or credentials change (disable, role grant or revoke, password
-- reset, forced sign-out): a session signed in under an older stamp ends at its next request.
alter table account add column security_stamp bigint not null default 0;

-- One row per signed-in browser: what 在线用户 lists and what every request of a signed-in session is
-- checked against (stamp, idle time and absolute lifetime, on the platform's clock). Ending a session
-- deletes its row; the row outlives nothing, it is deleted with the sign-out.
create table online_session (
    id            varchar(36)  primary key,
    session_id    varchar(36)  not null,
    account_id    bigint       not null references account (id) on delete cascade,
    username      varchar(64)  not null,
    stamp         bigint       not null,
    administrator boolean      not null,
    client_ip     varchar(64)  not null,
    signed_in_at  timestamptz  not null,
    last_seen_at  timestamptz  not null
);
create index online_session_account on online_session (account_id);
create index online_session_last_seen on online_session (last_seen_at);

insert into permission (code) values ('session:read'), ('session:end');
insert into role_permission (role_code, permission_code) values
    ('SECURITY_ADMIN', 'session:read'), ('SECURITY_ADMIN', 'session:end');
