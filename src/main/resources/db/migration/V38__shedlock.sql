-- 定时任务锁: with two or more instances each daily job (deadline sweep, no-progress detection, agreement reminders,
-- funding reconciliation) runs on one of them only. ShedLock's JDBC provider keeps one row per job; lock_until is
-- written with the database's clock (usingDbTime), so the instances' clocks need not agree.
create table shedlock (
    name        varchar(64)  not null,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
