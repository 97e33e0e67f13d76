-- The workbench (待办), issue #14: every line with a deadline. Where the notice (衢市科协〔2021〕24号) sets none, these
-- are the platform's service terms in working days (工作日, the working calendar), dated like V46's from the day the
-- notice took effect:
--   REPORT_REVIEW     a self-report waiting at a reviewing office's step (county check, county talent office,
--                     city review): 10 working days from reaching the step, as an application review step (V46);
--   JUDGEMENT         an expert's judgement of an assigned self-report: 10 working days from the assignment;
--   PANEL_SHEET       an expert's review sheet: 10 working days from the panel's formation;
--   PANEL_LIST        fixing a panel's recommended list once its last sheet is in: 5 working days;
--   PAYMENT           disbursing a due instalment: 20 working days from the instalment falling due;
--   PAYMENT_APPROVAL  a second official's approval of a recorded disbursement: 5 working days;
--   CLAWBACK          recovering a clawback: 30 working days from its opening.
alter table todo_deadline_policy drop constraint todo_deadline_policy_item_check;
alter table todo_deadline_policy add constraint todo_deadline_policy_item_check check (item in ('APPLICATION_REVIEW',
    'STATION_PLAN', 'REPORT_REVIEW', 'JUDGEMENT', 'PANEL_SHEET', 'PANEL_LIST', 'PAYMENT', 'PAYMENT_APPROVAL', 'CLAWBACK'));

insert into todo_deadline_policy (item, effective_from, working_days, remind_before) values
    ('REPORT_REVIEW', date '2021-08-17', 10, 3),
    ('JUDGEMENT', date '2021-08-17', 10, 3),
    ('PANEL_SHEET', date '2021-08-17', 10, 3),
    ('PANEL_LIST', date '2021-08-17', 5, 2),
    ('PAYMENT', date '2021-08-17', 20, 5),
    ('PAYMENT_APPROVAL', date '2021-08-17', 5, 2),
    ('CLAWBACK', date '2021-08-17', 30, 5);
