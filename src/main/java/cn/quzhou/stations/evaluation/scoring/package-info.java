/**
 * The scoring engine and grading of the annual performance evaluation (Art. 13-17, appendix 2 绩效考核表),
 * pure Java: no Spring, no Jakarta, no database. The indicator table and grading parameters arrive as a
 * {@link cn.quzhou.stations.evaluation.scoring.PolicyVersion} (loaded from table {@code indicator_rule} by the
 * module's internal loader); {@link cn.quzhou.stations.evaluation.scoring.ScoringEngine} turns one station's year
 * into an explainable {@link cn.quzhou.stations.evaluation.scoring.ScoreSheet}, and
 * {@link cn.quzhou.stations.evaluation.scoring.Grading} grades a whole year (Art. 17, decision D4).
 * All arithmetic is exact ({@link java.math.BigDecimal}); nothing is rounded except the number of EXCELLENT places.
 */
@org.springframework.modulith.NamedInterface("scoring")
package cn.quzhou.stations.evaluation.scoring;
