-- Personal access tokens for the JSON API (/api/**). Only the SHA-256 of a token is stored; the token
-- itself is shown to its owner once, at creation. A token acts as its account, with the account's
-- current roles, permissions and data scope.

create table personal_access_token (
    id            bigserial    primary key,
    account_id    bigint       not null references account (id) on delete cascade,
    name          varchar(100) not null,
    -- SHA-256 (hex) of the whole token
    token_hash    char(64)     not null unique,
    -- the token's first characters, so its owner can recognise it
    token_prefix  varchar(16)  not null,
    created_at    timestamptz  not null,
    -- null: never expires
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index personal_access_token_account on personal_access_token (account_id, created_at);
