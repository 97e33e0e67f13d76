-- The workbench (待办), issue #14: the last plain counts get deadlines and reminders.
--   OBJECTION      an objection to a public notice (公示异议), to be looked into and resolved by the city CAST: the
--                  notice (衢市科协〔2021〕24号, Art. 5(2)(3)) sets no period, so it is a platform service term like a
--                  review step (V46): 10 working days from its receipt (not the notice's end: an objection filed on the
--                  last day of a notice would otherwise be due the day it arrives);
--   SELF_REPORT    a host unit's self-report in draft or returned: due on the round's report deadline, a returned
--                  one on its resubmission deadline (V21) — the item carries its own deadline, so only the reminder
--                  lead applies (working_days null);
--   RECTIFICATION  a host unit's rectification (责令限期整改): due on the task's deadline (results_policy's
--                  rectification_months after the notice, or the deadline the city CAST set since) — its own deadline
--                  too.
-- An applicant's draft or returned application has no deadline: applications are taken all year (Art. 5 sets no call
-- and no resubmission period), so its line shows the working days since the last change and nothing falls due.
alter table todo_deadline_policy alter column working_days drop not null;
alter table todo_deadline_policy drop constraint todo_deadline_policy_item_check;
alter table todo_deadline_policy add constraint todo_deadline_policy_item_check check (item in ('APPLICATION_REVIEW',
    'STATION_PLAN', 'REPORT_REVIEW', 'JUDGEMENT', 'PANEL_SHEET', 'PANEL_LIST', 'PAYMENT', 'PAYMENT_APPROVAL', 'CLAWBACK',
    'OBJECTION', 'SELF_REPORT', 'RECTIFICATION'));
-- a term counted from the day the wait began has its length; an item that carries its own deadline has none
alter table todo_deadline_policy add constraint todo_deadline_policy_length check
    ((item in ('SELF_REPORT', 'RECTIFICATION')) = (working_days is null));

insert into todo_deadline_policy (item, effective_from, working_days, remind_before) values
    ('OBJECTION', date '2021-08-17', 10, 3),
    ('SELF_REPORT', date '2021-08-17', null, 5),
    ('RECTIFICATION', date '2021-08-17', null, 10);
