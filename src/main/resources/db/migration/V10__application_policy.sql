-- Art. 3(2): the cooperation period is "in principle 3 years"; a dated row, so that a revision of the
-- measures applies from its date while earlier applications keep the rule they were checked against.
create table application_policy (
    effective_from             date         primary key,
    default_cooperation_years  int          not null check (default_cooperation_years > 0),
    source                     varchar(200) not null
);

insert into application_policy (effective_from, default_cooperation_years, source)
values ('2021-08-17', 3, '衢市科协〔2021〕24号 第三条第（二）项');
