/**
 * 绩效考核 — annual performance evaluation and grading (issue #4).
 * <p>So far: the indicator table and grading parameters as dated policy data (migration V11, read by
 * {@code internal.IndicatorPolicies}), and the pure scoring engine and grading in {@code scoring}
 * (no Spring there; {@code ScoringPackageTests} holds it to that).
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效考核")
package cn.quzhou.stations.evaluation;
