-- A second factor (TOTP, RFC 6238) per account, its one-time recovery codes, and who may reset it.

-- One row per account that has (or must enrol) a second factor. secret is null after a reset by the
-- security administrator: the holder must then enrol a new authenticator at the next sign-in.
create table account_second_factor (
    account_id   bigint primary key references account (id) on delete cascade,
    -- 'aes:' + Base64 (AES-GCM with platform.security.second-factor.key) or 'plain:' + Base32 without a key
    secret       varchar(200),
    enrolled_at  timestamptz,
    -- the last time step whose code was accepted: a code of this step or an earlier one is a replay
    last_step    bigint not null default 0
);

-- Recovery codes are random (50 bits), so a SHA-256 of each is stored, not the code; each works once.
create table account_recovery_code (
    account_id  bigint      not null references account (id) on delete cascade,
    code_hash   varchar(64) not null,
    used_at     timestamptz,
    primary key (account_id, code_hash)
);

insert into permission (code) values ('account:resetSecondFactor');
insert into role_permission (role_code, permission_code) values ('SECURITY_ADMIN', 'account:resetSecondFactor');
