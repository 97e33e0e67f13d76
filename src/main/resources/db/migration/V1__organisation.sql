-- 组织与身份: jurisdictions, host units, societies, expert pool, accounts, roles, permissions.

create table jurisdiction (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(64)  not null unique,
    -- COUNTY: a county/city/district; NEW_CITY: a management committee that acts like a county;
    -- CITY_DIRECT: units that apply straight to the city CAST (no county steps).
    kind        varchar(16)  not null check (kind in ('COUNTY', 'NEW_CITY', 'CITY_DIRECT')),
    sort_order  int          not null default 0,
    active      boolean      not null default true
);

insert into jurisdiction (code, name, kind, sort_order) values
    ('330802', '柯城区', 'COUNTY', 10),
    ('330803', '衢江区', 'COUNTY', 20),
    ('330825', '龙游县', 'COUNTY', 30),
    ('330881', '江山市', 'COUNTY', 40),
    ('330822', '常山县', 'COUNTY', 50),
    ('330824', '开化县', 'COUNTY', 60),
    ('QZ-ZZXC', '衢州智造新城', 'NEW_CITY', 70),
    ('QZ-ZHXC', '衢州智慧新城', 'NEW_CITY', 80),
    ('CITY', '市直', 'CITY_DIRECT', 90);

create table host_unit (
    id                    bigserial primary key,
    name                  varchar(200) not null,
    credit_code           varchar(18)  not null unique,
    jurisdiction_id       bigint       not null references jurisdiction (id),
    nature                varchar(32)  not null,
    nature_other          varchar(100),
    business_field_other  varchar(100),
    legal_representative  varchar(50),
    address               varchar(200),
    postcode              varchar(6),
    version               int          not null default 0,
    created_at            timestamptz  not null default now()
);
create index host_unit_jurisdiction on host_unit (jurisdiction_id);

create table host_unit_business_field (
    host_unit_id  bigint      not null references host_unit (id) on delete cascade,
    field         varchar(32) not null,
    primary key (host_unit_id, field)
);

create table society (
    id          bigserial primary key,
    name        varchar(200) not null unique,
    level       varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    branch      varchar(200),
    contact     varchar(100),
    phone       varchar(40),
    version     int          not null default 0,
    created_at  timestamptz  not null default now()
);

create table expert (
    id            bigserial primary key,
    name          varchar(50)  not null,
    title         varchar(100),
    field         varchar(100) not null,
    organisation  varchar(200) not null,
    -- the host unit the expert works at, if any: an expert is never assigned that unit's records
    host_unit_id  bigint references host_unit (id),
    phone         varchar(40),
    email         varchar(120),
    active        boolean      not null default true,
    version       int          not null default 0,
    created_at    timestamptz  not null default now()
);

-- societies an expert belongs to: an expert is never assigned those societies' records
create table expert_society (
    expert_id   bigint not null references expert (id) on delete cascade,
    society_id  bigint not null references society (id),
    primary key (expert_id, society_id)
);

create table role (
    code        varchar(32) primary key,
    -- 三员分立: an administrator role is held alone
    admin       boolean     not null,
    scope       varchar(16) not null check (scope in ('ALL', 'JURISDICTION', 'UNIT', 'ASSIGNED', 'SOCIETY', 'NONE')),
    sort_order  int         not null
);

insert into role (code, admin, scope, sort_order) values
    ('APPLICANT',       false, 'UNIT',         10),
    ('COUNTY_CAST',     false, 'JURISDICTION', 20),
    ('COUNTY_TALENT',   false, 'JURISDICTION', 30),
    ('CITY_CAST',       false, 'ALL',          40),
    ('CITY_TALENT',     false, 'ALL',          50),
    ('EXPERT',          false, 'ASSIGNED',     60),
    ('SOCIETY_CONTACT', false, 'SOCIETY',      70),
    ('SYSTEM_ADMIN',    true,  'NONE',         80),
    ('SECURITY_ADMIN',  true,  'NONE',         90),
    ('AUDIT_ADMIN',     true,  'NONE',         100);

create table permission (
    code varchar(64) primary key
);

create table role_permission (
    role_code        varchar(32) not null references role (code),
    permission_code  varchar(64) not null references permission (code),
    primary key (role_code, permission_code)
);

insert into permission (code) values
    ('unit:read'), ('unit:manage'),
    ('society:read'), ('society:manage'),
    ('expert:read'), ('expert:manage'),
    ('jurisdiction:manage'),
    ('account:read'), ('account:manage'), ('account:unlock'), ('role:grant'),
    ('audit:read');

insert into role_permission (role_code, permission_code) values
    ('APPLICANT', 'unit:read'),
    ('COUNTY_CAST', 'unit:read'), ('COUNTY_CAST', 'unit:manage'), ('COUNTY_CAST', 'society:read'),
    ('COUNTY_TALENT', 'unit:read'), ('COUNTY_TALENT', 'society:read'),
    ('CITY_CAST', 'unit:read'), ('CITY_CAST', 'unit:manage'), ('CITY_CAST', 'society:read'),
    ('CITY_CAST', 'society:manage'), ('CITY_CAST', 'expert:read'), ('CITY_CAST', 'expert:manage'),
    ('CITY_TALENT', 'unit:read'), ('CITY_TALENT', 'society:read'),
    ('SOCIETY_CONTACT', 'society:read'),
    ('SYSTEM_ADMIN', 'jurisdiction:manage'), ('SYSTEM_ADMIN', 'account:read'), ('SYSTEM_ADMIN', 'account:manage'),
    ('SECURITY_ADMIN', 'account:read'), ('SECURITY_ADMIN', 'account:unlock'), ('SECURITY_ADMIN', 'role:grant'),
    ('AUDIT_ADMIN', 'audit:read');

create table account (
    id                    bigserial primary key,
    username              varchar(64)  not null unique,
    display_name          varchar(100) not null,
    -- null for an account that signs in only through OIDC (the legal-person login)
    password_hash         varchar(200),
    must_change_password  boolean      not null default false,
    enabled               boolean      not null default true,
    host_unit_id          bigint references host_unit (id),
    jurisdiction_id       bigint references jurisdiction (id),
    expert_id             bigint references expert (id),
    society_id            bigint references society (id),
    oidc_issuer           varchar(300),
    oidc_subject          varchar(200),
    version               int          not null default 0,
    created_at            timestamptz  not null default now(),
    unique (oidc_issuer, oidc_subject)
);

create table account_role (
    account_id  bigint      not null references account (id) on delete cascade,
    role_code   varchar(32) not null references role (code),
    primary key (account_id, role_code)
);

-- 三员分立, enforced by the database as well as by the Account aggregate: an account holding an
-- administrator role holds no other role at all.
create function account_role_separation() returns trigger language plpgsql as $$
declare
    new_is_admin boolean;
    clash        int;
begin
    select admin into new_is_admin from role where code = new.role_code;
    select count(*) into clash
      from account_role ar join role r on r.code = ar.role_code
     where ar.account_id = new.account_id
       and ar.role_code <> new.role_code
       and (new_is_admin or r.admin);
    if clash > 0 then
        raise exception 'separation of administrator roles: account % cannot also hold %', new.account_id, new.role_code
              using errcode = '23514';
    end if;
    return new;
end $$;

create trigger account_role_separation before insert or update on account_role
    for each row execute function account_role_separation();

-- failed sign-ins by user name, known or not, so that an unknown name is locked out like a real one
create table login_attempt (
    username         varchar(64) primary key,
    failures         int         not null default 0,
    last_failure_at  timestamptz,
    locked_until     timestamptz
);
