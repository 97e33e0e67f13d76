/**
 * 资助经费 — grants (Art. 6-11) and the clawback of Art. 18 (issue #5). Reacts to
 * {@code evaluation.EvaluationResultPublished} (an instalment falls due for a passing first or second year, at the
 * amount of the dated policy in force, paid by 市本级 or the county) and {@code station.StationRevoked} (clawback of
 * what was paid, unpaid instalments cancelled); never reads other modules' tables. Disbursements are recorded by one
 * city CAST official and approved by another, exactly once; the host unit keeps the funds ledger; a nightly
 * reconciliation lists what does not add up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "资助经费",
        allowedDependencies = {"application :: notice", "audit", "documents", "evaluation", "evaluation :: scoring",
                "notification", "organisation", "shared", "station"})
package cn.quzhou.stations.funding;
