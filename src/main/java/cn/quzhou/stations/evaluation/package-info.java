/**
 * 绩效考核 — annual performance evaluation and grading (issue #4, Art. 13-17).
 * <p>The indicator table and grading parameters as dated policy data (migration V11, read by
 * {@code internal.IndicatorPolicies}); the pure scoring engine and grading in {@code scoring} (no Spring there;
 * {@code ScoringPackageTests} holds it to that); and the route (V17): {@link EvaluationRounds} opens a year and takes
 * it through the party-group meeting's decision, the city talent office and publication ({@code evaluation_result},
 * {@link EvaluationResultPublished}); {@link SelfReports} carries each station's self-report from the host unit via
 * the county CAST and talent office to the city CAST; {@link EvaluationScoring} holds the city's inspections,
 * adjustments and the experts' judgements. The year's evidence is frozen at submission (a snapshot here, a lock in
 * module station through {@code station.EvidenceYearLocks}). The published versions are this module's contract:
 * {@link ResultVersions} reads them and appends later ones for module {@code results}, which owns everything that
 * follows publication (corrections, rectifications, revocation proposals, the results lists).
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效考核",
        allowedDependencies = {"application :: notice", "audit", "documents", "notification", "organisation", "shared",
                "station"})
package cn.quzhou.stations.evaluation;
