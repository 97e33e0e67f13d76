-- Summaries kept by the rows themselves (issue #9): the statistics page and the funds overview read a few rows
-- instead of grouping 100,000 results or every instalment, payment, ledger year and repayment per request. Each
-- table is moved by triggers in the same transaction as the row that changes it, whoever writes it (the facades,
-- a migration, the benchmark's generator), so it never disagrees with the rows it sums.

-- Results in force (the latest version of each year and station) by year, jurisdiction and grade.
-- result_in_force remembers what each (year, station) counts as now, so a correction moves its count.
create table result_in_force (
    year            int          not null,
    station_id      bigint       not null,
    version         int          not null,
    jurisdiction_id bigint       not null,
    grade           varchar(16)  not null,
    primary key (year, station_id)
);
create table result_grade_count (
    year            int          not null,
    jurisdiction_id bigint       not null,
    grade           varchar(16)  not null,
    n               bigint       not null,
    primary key (year, jurisdiction_id, grade)
);

insert into result_in_force (year, station_id, version, jurisdiction_id, grade)
select distinct on (year, station_id) year, station_id, version, jurisdiction_id, grade
  from evaluation_result order by year, station_id, version desc;
insert into result_grade_count (year, jurisdiction_id, grade, n)
select year, jurisdiction_id, grade, count(*) from result_in_force group by 1, 2, 3;

-- evaluation_result is append-only (V16): a new version replaces the one in force when it is later.
create function result_in_force_moved() returns trigger language plpgsql as $$
declare
    was result_in_force%rowtype;
begin
    select * into was from result_in_force where year = new.year and station_id = new.station_id for update;
    if found and was.version >= new.version then
        return null;
    end if;
    if found then
        update result_grade_count set n = n - 1
         where year = was.year and jurisdiction_id = was.jurisdiction_id and grade = was.grade;
        update result_in_force set version = new.version, jurisdiction_id = new.jurisdiction_id, grade = new.grade
         where year = new.year and station_id = new.station_id;
    else
        insert into result_in_force (year, station_id, version, jurisdiction_id, grade)
        values (new.year, new.station_id, new.version, new.jurisdiction_id, new.grade);
    end if;
    insert into result_grade_count (year, jurisdiction_id, grade, n)
    values (new.year, new.jurisdiction_id, new.grade, 1)
    on conflict (year, jurisdiction_id, grade) do update set n = result_grade_count.n + 1;
    return null;
end $$;
create trigger evaluation_result_in_force after insert on evaluation_result
    for each row execute function result_in_force_moved();

-- Money by year, jurisdiction and level: due (instalments not cancelled, by evaluation year), paid (approved
-- payments, by payment date), spent (ledger years) and clawed back (repayments, by repayment date). sources counts
-- the rows that contribute, so a year shows exactly when the row-by-row query would show it (also with sums of 0).
create table funds_overview_total (
    year            int           not null,
    jurisdiction_id bigint        not null,
    level           varchar(16)   not null,
    due             numeric(16,2) not null default 0,
    paid            numeric(16,2) not null default 0,
    spent           numeric(16,2) not null default 0,
    clawed          numeric(16,2) not null default 0,
    sources         bigint        not null default 0,
    primary key (year, jurisdiction_id, level)
);

insert into funds_overview_total (year, jurisdiction_id, level, due, paid, spent, clawed, sources)
select year, jurisdiction_id, level, sum(due), sum(paid), sum(spent), sum(clawed), sum(sources)
  from (select i.year, i.jurisdiction_id, i.level, i.amount as due, 0 as paid, 0 as spent, 0 as clawed, 1 as sources
          from grant_instalment i where i.status <> 'CANCELLED'
        union all
        select extract(year from p.paid_on)::int, i.jurisdiction_id, i.level, 0, p.amount, 0, 0, 1
          from grant_payment p join grant_instalment i on i.id = p.instalment_id where p.status = 'APPROVED'
        union all
        select y.year, y.jurisdiction_id, y.level, 0, 0, y.spent, 0, 1 from ledger_year y
        union all
        select extract(year from r.repaid_on)::int, c.jurisdiction_id, coalesce(c.level, 'NATIONAL'), 0, 0, 0, r.amount, 1
          from clawback_repayment r join clawback c on c.id = r.clawback_id) money
 group by year, jurisdiction_id, level;

-- adds (sign 1) or takes away (sign -1) one source row's money
create function funds_overview_add(y int, j bigint, l varchar, sign int,
                                   d numeric, p numeric, s numeric, c numeric) returns void language sql as $$
    insert into funds_overview_total as t (year, jurisdiction_id, level, due, paid, spent, clawed, sources)
    values (y, j, l, sign * d, sign * p, sign * s, sign * c, sign)
    on conflict (year, jurisdiction_id, level) do update
        set due = t.due + excluded.due, paid = t.paid + excluded.paid, spent = t.spent + excluded.spent,
            clawed = t.clawed + excluded.clawed, sources = t.sources + excluded.sources;
$$;

create function funds_overview_instalment() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'CANCELLED' then
        perform funds_overview_add(old.year, old.jurisdiction_id, old.level, -1, old.amount, 0, 0, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status <> 'CANCELLED' then
        perform funds_overview_add(new.year, new.jurisdiction_id, new.level, 1, new.amount, 0, 0, 0);
    end if;
    -- an approved payment is counted under its instalment's jurisdiction and level: move it if they change
    if tg_op = 'UPDATE' and (old.jurisdiction_id, old.level) is distinct from (new.jurisdiction_id, new.level) then
        perform funds_overview_add(extract(year from p.paid_on)::int, old.jurisdiction_id, old.level, -1, 0, p.amount, 0, 0),
                funds_overview_add(extract(year from p.paid_on)::int, new.jurisdiction_id, new.level, 1, 0, p.amount, 0, 0)
           from grant_payment p where p.instalment_id = new.id and p.status = 'APPROVED';
    end if;
    return null;
end $$;
create trigger grant_instalment_overview after insert or update or delete on grant_instalment
    for each row execute function funds_overview_instalment();

create function funds_overview_payment() returns trigger language plpgsql as $$
declare
    i grant_instalment%rowtype;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'APPROVED' then
        select * into i from grant_instalment where id = old.instalment_id;
        perform funds_overview_add(extract(year from old.paid_on)::int, i.jurisdiction_id, i.level, -1, 0, old.amount, 0, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'APPROVED' then
        select * into i from grant_instalment where id = new.instalment_id;
        perform funds_overview_add(extract(year from new.paid_on)::int, i.jurisdiction_id, i.level, 1, 0, new.amount, 0, 0);
    end if;
    return null;
end $$;
create trigger grant_payment_overview after insert or update or delete on grant_payment
    for each row execute function funds_overview_payment();

create function funds_overview_ledger_year() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform funds_overview_add(old.year, old.jurisdiction_id, old.level, -1, 0, 0, old.spent, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform funds_overview_add(new.year, new.jurisdiction_id, new.level, 1, 0, 0, new.spent, 0);
    end if;
    return null;
end $$;
create trigger ledger_year_overview after insert or update or delete on ledger_year
    for each row execute function funds_overview_ledger_year();

-- clawback_repayment is append-only (V19)
create function funds_overview_repayment() returns trigger language plpgsql as $$
declare
    c clawback%rowtype;
begin
    select * into c from clawback where id = new.clawback_id;
    perform funds_overview_add(extract(year from new.repaid_on)::int, c.jurisdiction_id, coalesce(c.level, 'NATIONAL'),
                               1, 0, 0, 0, new.amount);
    return null;
end $$;
create trigger clawback_repayment_overview after insert on clawback_repayment
    for each row execute function funds_overview_repayment();
