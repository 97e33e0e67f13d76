-- Review of the evaluation route.
-- (1) A returned report must not block its year forever: it is resubmitted within a period after the return, else it
-- is NOT_SUBMITTED (Art. 13). The measures of 2021 name no such period, so it is policy data of a dated version (the
-- platform's rule, to be confirmed by the city CAST), counted from the later of the return and the report deadline.
create table evaluation_route_policy (
    effective_from     date          primary key,
    source             varchar(200)  not null,
    resubmission_days  int           not null check (resubmission_days > 0)
);
insert into evaluation_route_policy values ('2021-08-17', '衢市科协〔2021〕24号（办法未定重报期限，平台规则）', 10);

alter table evaluation_report add column resubmit_by date;  -- Beijing time, inclusive; set by each return

-- (10) DOMAIN.md §3: an assigned expert declares a conflict of interest for a report and is then not assigned to it
-- (the row stays, so that assigning the year's experts again does not bring them back).
alter table evaluation_assignment add column conflict_reason varchar(500),
                                  add column conflict_declared_at timestamptz;
