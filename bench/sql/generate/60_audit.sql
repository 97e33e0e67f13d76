-- Step 6: 500,000 audit rows, 2021-08 .. 2026-12, with a valid SHA-256 hash chain (audit.internal.AuditHash):
-- hash = SHA-256 over prev_hash and every field, each written as <length>:<value>| (null as -1:|), the time as
-- Instant.toString() (whole seconds here, so "2024-01-02T03:04:05Z"). The table's triggers stay in place: rows are
-- only inserted, and the chain continues from the last row already there (genesis: 64 zeros), so the platform's
-- "verify the chain" finds nothing and its own appends link to these rows.

create temporary table audit_plan as
with g as (
    select i, bench.r(i, 100) as ra, bench.r(i, 101) as rb,
           1 + floor(bench.r(i, 102) * 20000)::int as station,
           timestamptz '2021-08-20 00:00:00+00' + i * interval '334 seconds' as at
      from generate_series(1, 500000) i
)
select i, at,
       case when ra < 0.32 then 'signin' when ra < 0.57 then 'evidence.record' when ra < 0.77 then 'ledger.expense'
            when ra < 0.80 then 'application.review' when ra < 0.85 then 'evaluation.route'
            when ra < 0.88 then 'evaluation.submit' when ra < 0.92 then 'reports.submit'
            when ra < 0.93 then 'grant.payment.approve' when ra < 0.94 then 'grant.due' when ra < 0.95 then 'unit.update'
            when ra < 0.96 then 'signout' when ra < 0.97 then 'access.denied' when ra < 0.98 then 'evaluation.judge'
            when ra < 0.99 then 'rectification.submit' else 'permission.grant' end as action,
       station, ((station - 1) % 18000) + 1 as unit, rb
  from g;

create temporary table audit_rows as
select p.i,
       p.at,
       case when p.action in ('evidence.record', 'ledger.expense', 'evaluation.submit', 'reports.submit', 'rectification.submit')
                 or (p.action in ('signin', 'signout') and p.rb < 0.7)
            then 'applicant-' || p.unit
            when p.action = 'evaluation.judge' then 'expert-' || (1 + p.station % 500)
            when p.action = 'permission.grant' then 'bench-secadmin'
            when p.action in ('application.review', 'evaluation.route') and p.rb < 0.6 then 'county-' || (p.station % 8 + 1)
            when p.rb < 0.5 then 'bench-city' else 'bench-city2' end as actor,
       '10.' || (p.station % 200) || '.' || (p.unit % 250) || '.' || (1 + p.i % 250) as actor_ip,
       p.action,
       case p.action when 'signin' then null when 'signout' then null when 'access.denied' then 'request'
                     when 'evidence.record' then 'station' when 'ledger.expense' then 'funds_ledger'
                     when 'application.review' then 'application' when 'evaluation.route' then 'evaluation_report'
                     when 'evaluation.submit' then 'evaluation_report' when 'reports.submit' then 'station'
                     when 'grant.payment.approve' then 'grant_instalment' when 'grant.due' then 'grant_instalment'
                     when 'unit.update' then 'host_unit' when 'evaluation.judge' then 'evaluation_report'
                     when 'rectification.submit' then 'rectification' else 'account' end as object_type,
       case when p.action in ('signin', 'signout', 'access.denied') then null
            when p.action = 'unit.update' then p.unit::text
            when p.action in ('application.review') then (1 + p.station % 21000)::text
            when p.action in ('evaluation.route', 'evaluation.submit', 'evaluation.judge') then (p.station * 5 - p.i % 5)::text
            when p.action in ('grant.payment.approve', 'grant.due') then (p.station * 2 - p.i % 2)::text
            when p.action = 'rectification.submit' then (1 + p.station % 6000)::text
            when p.action = 'permission.grant' then (1 + p.i % 5)::text
            else p.station::text end as object_id,
       case when p.action = 'signin' and p.rb > 0.97 then 'FAILURE' when p.action = 'access.denied' then 'DENIED'
            else 'SUCCESS' end as outcome,
       case p.action
            when 'signin' then case when p.rb > 0.97 then 'bad credentials' else 'UsernamePasswordAuthenticationToken' end
            when 'signout' then null
            when 'access.denied' then 'GET /funding/ledgers/' || p.station
            when 'evidence.record' then '#' || (p.i * 4) || ' ' || (array['SALON_OR_SEMINAR','TRAINING','REPORT_WITH_ADVICE',
                                              'TECHNICAL_PROBLEM_SOLVED','EXPERT_DAYS_ON_SITE'])[1 + p.i % 5]
            when 'ledger.expense' then '#' || (p.i * 9) || ' ' || round((800 + p.rb * 3000)::numeric, 2) || ' 合作项目支出'
            when 'application.review' then 'PASS 材料齐全，同意推荐'
            when 'evaluation.route' then 'COUNTY_CHECK → COUNTY_TALENT'
            when 'evaluation.submit' then extract(year from p.at)::int - 1 || ' self-report submitted'
            when 'reports.submit' then extract(year from p.at)::int || ' PLAN'
            when 'grant.payment.approve' then 'payment #' || p.station || ' recorded by bench-city2'
            when 'grant.due' then '2022 year 1 QUALIFIED: 250000.00'
            when 'unit.update' then '联系电话、地址'
            when 'evaluation.judge' then 'C4 3.50'
            when 'rectification.submit' then '整改报告已提交'
            else 'CITY_CAST' end as summary
  from audit_plan p;
drop table audit_plan;

do $$
declare
    prev   text := coalesce((select hash from audit_event order by id desc limit 1), repeat('0', 64));
    r      record;
    h      text;
    ids    bigint[] := '{}';
    prevs  text[] := '{}';
    hashes text[] := '{}';
    ts     text;
    input  text;
begin
    for r in select * from audit_rows order by i loop
        ts := to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
        input := length(prev) || ':' || prev || '|'
              || length(ts) || ':' || ts || '|'
              || coalesce(length(r.actor) || ':' || r.actor, '-1:') || '|'
              || coalesce(length(r.actor_ip) || ':' || r.actor_ip, '-1:') || '|'
              || coalesce(length(r.action) || ':' || r.action, '-1:') || '|'
              || coalesce(length(r.object_type) || ':' || r.object_type, '-1:') || '|'
              || coalesce(length(r.object_id) || ':' || r.object_id, '-1:') || '|'
              || coalesce(length(r.outcome) || ':' || r.outcome, '-1:') || '|'
              || coalesce(length(r.summary) || ':' || r.summary, '-1:') || '|';
        h := encode(sha256(convert_to(input, 'UTF8')), 'hex');
        ids := ids || r.i;
        prevs := prevs || prev;
        hashes := hashes || h;
        prev := h;
    end loop;
    insert into audit_event (occurred_at, actor, actor_ip, action, object_type, object_id, outcome, summary, prev_hash, hash)
    select a.at, a.actor, a.actor_ip, a.action, a.object_type, a.object_id, a.outcome, a.summary, c.prev, c.hash
      from unnest(ids, prevs, hashes) c (i, prev, hash)
      join audit_rows a on a.i = c.i
     order by c.i;
end $$;

drop table audit_rows;
