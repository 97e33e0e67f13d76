/**
 * 演示 — the living demo (issue #15 item 2): in demo mode only ({@code platform.demo.enabled}), a programme with four
 * years of history is built once, on a fresh data directory, through the other modules' facades as the people who
 * would act, under a {@link cn.quzhou.stations.demo.DemoClock} moved from 2022 to today. Nothing here writes a table:
 * every row comes from the rules it demonstrates. No other module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示",
        allowedDependencies = {"application", "application :: notice", "application :: panel",
                "application :: recognition", "documents", "evaluation", "evaluation :: scoring", "funding",
                "organisation", "results", "shared", "station"})
package cn.quzhou.stations.demo;
