-- 消息通知: an e-mail address on accounts, and the in-app messages (sent by e-mail too when SMTP is configured).

alter table account add column email varchar(120);

create table notification_message (
    id                    bigserial    primary key,
    recipient_account_id  bigint       not null references account (id) on delete cascade,
    -- a message key of the sending module's bundle, rendered in the reader's locale at display time
    subject_key           varchar(120) not null,
    -- the arguments of that key, in order
    args                  text[]       not null default '{}',
    -- a path inside the platform (starts with a single '/'), or null
    link                  varchar(500) check (link is null or (link like '/%' and link not like '//%')),
    created_at            timestamptz  not null,
    read_at               timestamptz,
    -- null: no e-mail attempted (no SMTP configured or no address); SENT or FAILED otherwise
    email_status          varchar(16)  check (email_status in ('SENT', 'FAILED'))
);
create index notification_message_recipient on notification_message (recipient_account_id, created_at desc, id desc);
create index notification_message_unread on notification_message (recipient_account_id) where read_at is null;
