/**
 * 考核结果 — what follows an evaluation year's publication (issue #4 items 6–9, Art. 16–18; {@code docs/results.md}).
 * <p>Hangs off the contract of module {@code evaluation}: the published versions in {@code evaluation_result}
 * (read and appended through {@code evaluation.ResultVersions}, never written here directly) and the event
 * {@code evaluation.EvaluationResultPublished}, which {@code internal.AfterPublication} follows in the publishing
 * transaction. {@link cn.quzhou.stations.results.EvaluationResults} lists and documents the results in force;
 * {@link cn.quzhou.stations.results.ResultCorrections} appends a corrected version with a second approver;
 * {@link cn.quzhou.stations.results.Rectifications} carries a criticised station's rectification to its closure;
 * {@link cn.quzhou.stations.results.RevocationProposals} proposes revocation under Art. 18(4) and 18(5);
 * {@link cn.quzhou.stations.results.ResultHistory} enters results issued on paper before the platform (D8).
 * Its own tables: the results list read model ({@code evaluation_result_list}, {@code result_grade_count}),
 * {@code result_correction}, {@code rectification}, {@code revocation_proposal}, {@code results_policy}.
 * <p>A module of its own since issue #16: nothing in {@code evaluation} needs it (the dependency runs one way), its
 * permissions, bundle ({@code i18n/results}) and pages were already its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "考核结果",
        allowedDependencies = {"application :: notice", "audit", "documents", "evaluation", "evaluation :: scoring",
                "notification", "organisation", "shared", "station"})
package cn.quzhou.stations.results;
