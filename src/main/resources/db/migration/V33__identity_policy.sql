-- Issue #10 (等保三级 identity), items 2, 3 and the password / lock-out / token half of 6.

-- Password expiry for administrators: when the password was last set (existing ones count from now; null for an
-- account that signs in only through OIDC).
alter table account add column password_changed_at timestamptz;
update account set password_changed_at = now() where password_hash is not null;

-- 三员分立: resetting an administrator's password is a request that a second administrator approves.
-- The temporary secret never passes through either of them (it goes out of band to the holder).
create table password_reset_request (
    id            bigserial   primary key,
    account_id    bigint      not null references account (id) on delete cascade,
    requested_by  bigint      not null references account (id),
    requested_at  timestamptz not null,
    status        varchar(16) not null check (status in ('PENDING', 'APPROVED', 'CANCELLED')),
    decided_by    bigint      references account (id),
    decided_at    timestamptz,
    -- the requester never approves; the database says so too
    check (decided_by is null or decided_by <> requested_by)
);
-- at most one open request per account
create unique index password_reset_request_pending on password_reset_request (account_id) where status = 'PENDING';

insert into permission (code) values ('account:approve-reset');
insert into role_permission (role_code, permission_code) values
    ('SYSTEM_ADMIN', 'account:approve-reset'), ('SECURITY_ADMIN', 'account:approve-reset');

-- Separation of duties for business roles, as dated policy data: no account holds both roles of a pair.
-- The message key names the reason shown at the role field.
create table role_incompatibility (
    role_a          varchar(32) not null references role (code),
    role_b          varchar(32) not null references role (code),
    effective_from  date        not null,
    message_key     varchar(100) not null,
    primary key (role_a, role_b, effective_from),
    check (role_a < role_b)
);

insert into role_incompatibility (role_a, role_b, effective_from, message_key) values
    -- an applicant with any reviewing role (an expert scores applications too)
    ('APPLICANT', 'COUNTY_CAST',   date '2026-01-01', 'account.error.incompatible.applicantReviewer'),
    ('APPLICANT', 'COUNTY_TALENT', date '2026-01-01', 'account.error.incompatible.applicantReviewer'),
    ('APPLICANT', 'CITY_CAST',     date '2026-01-01', 'account.error.incompatible.applicantReviewer'),
    ('APPLICANT', 'CITY_TALENT',   date '2026-01-01', 'account.error.incompatible.applicantReviewer'),
    ('APPLICANT', 'EXPERT',        date '2026-01-01', 'account.error.incompatible.applicantReviewer'),
    -- the two offices of one level check each other
    ('COUNTY_CAST', 'COUNTY_TALENT', date '2026-01-01', 'account.error.incompatible.countyOffices'),
    ('CITY_CAST',   'CITY_TALENT',   date '2026-01-01', 'account.error.incompatible.cityOffices'),
    -- an expert scores on the application route, whose every office reviews too
    ('COUNTY_CAST',   'EXPERT', date '2026-01-01', 'account.error.incompatible.expertReviewer'),
    ('COUNTY_TALENT', 'EXPERT', date '2026-01-01', 'account.error.incompatible.expertReviewer'),
    ('CITY_CAST',     'EXPERT', date '2026-01-01', 'account.error.incompatible.expertReviewer'),
    ('CITY_TALENT',   'EXPERT', date '2026-01-01', 'account.error.incompatible.expertReviewer');

-- Lock-out keyed by user name AND client address: failures from one address never lock the name elsewhere.
alter table login_attempt add column client_address varchar(64) not null default '';
alter table login_attempt drop constraint login_attempt_pkey;
alter table login_attempt add primary key (username, client_address);

-- The CAPTCHA-free slow-down: failures per client address, whatever the name tried.
create table login_address (
    client_address   varchar(64) primary key,
    failures         int         not null default 0,
    last_failure_at  timestamptz not null
);

-- Personal access tokens always expire (at most 365 days). A token created without expiry now lives
-- 365 days from its creation, and at least a further 30 days from today so no script stops unannounced.
update personal_access_token
   set expires_at = greatest(created_at + interval '365 days', now() + interval '30 days')
 where expires_at is null;
alter table personal_access_token alter column expires_at set not null;
