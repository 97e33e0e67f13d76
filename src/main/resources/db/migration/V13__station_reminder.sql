-- Reminders already sent, so that each threshold is announced once per station (whatever the scheduler does).
create table station_reminder (
    station_id  bigint      not null references station (id),
    kind        varchar(32) not null,
    threshold   int         not null,
    sent_at     timestamptz not null,
    primary key (station_id, kind, threshold)
);
