-- /evaluations/results?year=2025: the year's summary (counts per grade in force, one statement), then the page of 20
-- best first and its total, on the results in force (V28 evaluation_result_list, index (year, score_key, id))
\set page random(0, 49)
select y.*, p.document_number, p.published_on
  from (select l.year, count(*) as stations, count(*) filter (where l.grade = 'EXCELLENT') as excellent,
               count(*) filter (where l.grade = 'QUALIFIED') as qualified,
               count(*) filter (where l.grade = 'UNQUALIFIED') as unqualified,
               count(*) filter (where l.version > 1) as corrected
          from evaluation_result_list l where true group by l.year) y
 cross join lateral (select r.document_number, r.published_on from evaluation_result r
                      where r.year = y.year and r.version = 1 order by r.published_on, r.id limit 1) p
 order by y.year desc;
select count(*) from evaluation_result_list l where (true) and (l.year = 2025);
select l.* from evaluation_result_list l where (true) and (l.year = 2025)
 order by l.score_key desc, l.id desc
 limit 20 offset :page * 20;
