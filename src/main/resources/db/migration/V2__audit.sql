-- 审计: append-only, hash-chained audit trail.

create table audit_event (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    actor_ip     varchar(64),
    action       varchar(64)  not null,
    object_type  varchar(64),
    object_id    varchar(64),
    outcome      varchar(16)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    summary      text,
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_event_actor on audit_event (actor, occurred_at);
create index audit_event_action on audit_event (action, occurred_at);
create index audit_event_object on audit_event (object_type, object_id);
create index audit_event_time on audit_event (occurred_at);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end $$;

create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
