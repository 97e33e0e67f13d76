-- Issue #14 item 8: a public objection gets a receipt number (回执号) with which the objector alone looks up its outcome.
-- The code is random (40 bits), so one receipt says nothing about another; earlier objections have none.
alter table notice_objection add column receipt varchar(20);
create unique index notice_objection_receipt on notice_objection (receipt);

-- failed look-ups per client address, so guessing codes from one place is cut off after a few tries an hour
create table objection_lookup_failure (
    client_ip  varchar(64) not null,
    failed_at  timestamptz not null
);
create index objection_lookup_failure_by_ip on objection_lookup_failure (client_ip, failed_at);
