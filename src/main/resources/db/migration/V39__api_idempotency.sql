-- Safe retries on the API (issue #13): the answer of a creating POST sent with an Idempotency-Key, stored in the
-- same transaction as the action, so that a retry with the same key gets the same answer and creates nothing twice.
create table api_idempotency (
    id              bigserial primary key,
    principal       varchar(200)  not null,
    idempotency_key varchar(200)  not null,
    request_line    varchar(2000) not null,
    request_hash    char(64)      not null,
    status          integer       not null,
    content_type    varchar(200),
    location        varchar(2000),
    body            bytea         not null,
    created_at      timestamptz   not null default now(),
    constraint api_idempotency_key unique (principal, idempotency_key)
);
