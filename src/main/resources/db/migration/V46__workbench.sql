-- The workbench (待办): how long each kind of to-do may wait, and when its reminder goes out.
-- The notice (衢市科协〔2021〕24号) sets no time limit for a review step nor for the first plan of a newly recognised
-- station, so these are platform parameters, dated like the policy tables: a change takes effect from its date and
-- never rewrites what was due before it.
create table todo_deadline_policy (
    item            varchar(32)  not null check (item in ('APPLICATION_REVIEW', 'STATION_PLAN')),
    effective_from  date         not null,
    -- the to-do is due this many working days (工作日, the working calendar) after it began to wait
    working_days    int          not null check (working_days > 0),
    -- a reminder goes out from this many working days before the deadline (and every day once overdue)
    remind_before   int          not null check (remind_before >= 0),
    primary key (item, effective_from)
);
insert into todo_deadline_policy (item, effective_from, working_days, remind_before) values
    ('APPLICATION_REVIEW', date '2021-01-01', 10, 3),
    ('STATION_PLAN', date '2021-01-01', 20, 5);

-- One reminder per to-do item, recipient group and day: the reminder job may run twice (two instances, a retry)
-- and still tells each item once a day.
create table todo_reminder (
    item       varchar(32)  not null,
    record_id  bigint       not null,
    detail     varchar(32)  not null,
    day        date         not null,
    sent_at    timestamptz  not null,
    primary key (item, record_id, detail, day)
);

-- the inbox's bulk mark-read and kind filter read a recipient's messages by subject key
create index notification_message_recipient_key on notification_message (recipient_account_id, subject_key);
