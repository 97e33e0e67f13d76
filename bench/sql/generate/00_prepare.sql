-- Issue #9 benchmark dataset, step 0: helpers and the plan every later step reads.
-- Everything the generator itself needs lives in schema "bench" (never in the app's tables): a deterministic
-- pseudo-random function, the credit-code check character, the jurisdiction map and the evaluation plan.

create schema if not exists bench;

-- r(key, salt): a deterministic number in [0, 1) — the same on every run, so the dataset is reproducible.
create or replace function bench.r(k bigint, salt int) returns double precision
    language sql immutable parallel safe
as $$ select ((hashint8(k * 7919 + salt)::bigint & 2147483647) / 2147483648.0)::double precision $$;

-- pick(array, key, salt): one element of the array
create or replace function bench.pick(a text[], k bigint, salt int) returns text
    language sql immutable parallel safe
as $$ select a[1 + floor(bench.r(k, salt) * array_length(a, 1))::int] $$;

-- GB 32100-2015 check character (shared.CreditCode.checkCharacterFor)
create or replace function bench.credit_code(first17 text) returns text
    language sql immutable parallel safe
as $$
    select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (case when c = 31 then 0 else c end) + 1, 1)
      from (select 31 - (sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, i, 1)) - 1)
                             * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i]) % 31)::int as c
              from generate_series(1, 17) i) s
$$;

-- text of about n characters made of a phrase repeated (form fields have realistic widths)
create or replace function bench.filler(phrase text, n int) returns text
    language sql immutable parallel safe
as $$ select left(repeat(phrase, n / greatest(length(phrase), 1) + 1), n) $$;

-- the seeded jurisdictions (V1), with the share of units each one gets
drop table if exists bench.jur;
create table bench.jur as
select j.id, j.code, j.name, j.kind, m.lo, m.hi
  from jurisdiction j
  join (values ('330802', 0, 13), ('330803', 13, 26), ('330825', 26, 39), ('330881', 39, 52),
               ('330822', 52, 64), ('330824', 64, 76), ('QZ-ZZXC', 76, 83), ('QZ-ZHXC', 83, 90),
               ('CITY', 90, 100)) m (code, lo, hi) on m.code = j.code;

-- The evaluation plan: every station takes part in 2021..2025 (station years 1..5). 2 % do not submit; the others
-- score 57.5..97.5, so about 6 % fall below the pass line. Graded as evaluation.scoring.Grading does: ranked by
-- total desc then station id, 20 % of the base (floor) excellent, a tie across the line decided by the city CAST.
drop table if exists bench.plan_result;
create table bench.plan_result as
with raw as (
    select y.year, s.id as station_id,
           bench.r(s.id, y.year) >= 0.02 as submitted,
           case when bench.r(s.id, y.year) >= 0.02 then round((57.5 + 40 * bench.r(s.id, y.year + 100))::numeric, 2) end as total
      from generate_series(2021, 2025) y (year), generate_series(1, 20000) s (id)
), ranked as (
    select raw.*,
           row_number() over (partition by year order by total desc nulls last, station_id) as rnk,
           count(*) over (partition by year) as base,
           count(*) filter (where total >= 60) over (partition by year) as passing
      from raw
), line as (
    -- the total at the last excellent place and the one just after it: equal means a tie across the line
    select year, max(base) as base, floor(max(base) * 0.20)::int as places,
           max(total) filter (where rnk = floor(base * 0.20)) as at_line,
           max(total) filter (where rnk = floor(base * 0.20) + 1) as after_line
      from ranked group by year
)
select r.year, r.station_id, r.submitted, r.total, r.rnk, l.base, l.places,
       case when not r.submitted then 'UNQUALIFIED'
            when r.total < 60 then 'UNQUALIFIED'
            when r.rnk <= l.places then 'EXCELLENT'
            else 'QUALIFIED' end as grade,
       case when not r.submitted then 'evaluation.grading.reason.notSubmitted'
            when r.total < 60 then 'evaluation.grading.reason.belowPassLine'
            when l.at_line = l.after_line and r.total = l.at_line and r.rnk <= l.places then 'evaluation.grading.reason.tieChosen'
            when l.at_line = l.after_line and r.total = l.at_line then 'evaluation.grading.reason.tieNotChosen'
            when r.rnk <= l.places then 'evaluation.grading.reason.withinExcellentShare'
            else 'evaluation.grading.reason.outsideExcellentShare' end as reason_key
  from ranked r join line l on l.year = r.year;

alter table bench.plan_result add column reason_args varchar(500);
update bench.plan_result set reason_args = case reason_key
        when 'evaluation.grading.reason.notSubmitted' then null
        when 'evaluation.grading.reason.belowPassLine' then total::text || '|60.00'
        when 'evaluation.grading.reason.tieChosen' then '党组会议决定：同分者按年度协同创新成效择优'
        when 'evaluation.grading.reason.tieNotChosen' then '党组会议决定：同分者按年度协同创新成效择优'
        else rnk || '|' || places || '|' || base end;
create unique index on bench.plan_result (station_id, year);

-- revoked: unqualified in both 2024 and 2025 (Art. 18(5)), revoked in 2026 after the 2025 results
drop table if exists bench.plan_station;
create table bench.plan_station as
select s.id,
       ((s.id - 1) % 18000) + 1 as host_unit_id,
       s.id as society_id,
       (select count(*) = 2 from bench.plan_result p
         where p.station_id = s.id and p.year in (2024, 2025) and p.grade = 'UNQUALIFIED') as revoked,
       s.id % 100 = 7 as expired
  from generate_series(1, 20000) s (id);
create unique index on bench.plan_station (id);
update bench.plan_station set expired = false where revoked;
