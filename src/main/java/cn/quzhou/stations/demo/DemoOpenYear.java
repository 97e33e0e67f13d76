package cn.quzhou.stations.demo;

import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.demo.DemoCatalogue.Current;
import cn.quzhou.stations.demo.DemoCatalogue.Step;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The running year, dated back from today: applications at every step of the route (a draft, one with a county CAST,
 * one with a county talent office, one a panel is still scoring — 张明's sheet is open —, one with the city talent
 * office, two in a public notice that is running now) and the year's evaluation round open for reports.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoOpenYear {

    private final DemoActors actors;
    private final DemoClock clock;
    private final DemoApplications applications;
    private final DemoRecognition recognition;
    private final PublicNotices notices;
    private final EvaluationRounds rounds;

    DemoOpenYear(DemoActors actors, DemoClock clock, DemoApplications applications, DemoRecognition recognition,
                 PublicNotices notices, EvaluationRounds rounds) {
        this.actors = actors;
        this.clock = clock;
        this.applications = applications;
        this.recognition = recognition;
        this.notices = notices;
        this.rounds = rounds;
    }

    void play(LocalDate today) {
        int year = today.getYear();
        clock.moveTo(today.minusDays(56));
        Map<Long, Current> ids = new LinkedHashMap<>();
        for (Current c : DemoCatalogue.CURRENT) {
            DemoCatalogue.Entry e = c.asEntry();
            LocalDate signed = today.minusDays(70);
            ids.put(c.step() == Step.DRAFT ? applications.draft(e, signed) : applications.submitted(e, signed), c);
        }
        clock.moveTo(today.minusDays(48));
        ids.forEach((id, c) -> {
            if (c.step() == Step.COUNTY_TALENT) {
                applications.pass("county-cast-" + DemoCatalogue.COUNTIES.get(c.unit().jurisdiction()), id,
                        "情况属实，同意推荐。");
            }
        });
        clock.moveTo(today.minusDays(35));
        List<Long> listed = of(ids, Step.CITY_TALENT, Step.NOTICE);
        List<Long> scoring = of(ids, Step.PANEL_SCORING);
        ids.forEach((id, c) -> {
            if (listed.contains(id) || scoring.contains(id)) {
                applications.toPanel(c.asEntry(), id);
            }
        });
        clock.moveTo(today.minusDays(28));
        long first = recognition.panel(year + "年度第一批学会服务站评审小组", year, DemoRecognition.PANEL,
                new java.util.LinkedHashSet<>(listed));
        recognition.scoreAll(DemoRecognition.PANEL, first, "84");
        clock.moveTo(today.minusDays(21));
        recognition.list(first);
        clock.moveTo(today.minusDays(14));
        of(ids, Step.NOTICE).forEach(id -> applications.pass("city-talent", id, "同意建议名单，进入公示。"));
        clock.moveTo(today.minusDays(10));
        long second = recognition.panel(year + "年度第二批学会服务站评审小组", year, List.of("expert-zhang", "expert-chen"),
                new java.util.LinkedHashSet<>(scoring));
        clock.moveTo(today.minusDays(7));
        recognition.scoreAll(List.of("expert-chen"), second, "82");
        clock.moveTo(today.minusDays(2));
        // from two days ago to a week ahead: running whenever the demo is built (the default would start tomorrow)
        actors.run("city-cast", () -> notices.open(new OpenNoticeCommand(year + "年度第一批衢州市学会服务站拟认定名单公示",
                null, today.minusDays(2), today.plusDays(7), of(ids, Step.NOTICE))));
        clock.moveTo(today.minusDays(1));
        actors.run("city-cast", () -> rounds.open(new OpenRoundCommand(year, LocalDate.of(year + 1, 1, 25), null)));
    }

    private static List<Long> of(Map<Long, Current> ids, Step... steps) {
        List<Step> wanted = List.of(steps);
        return ids.entrySet().stream().filter(e -> wanted.contains(e.getValue().step())).map(Map.Entry::getKey).toList();
    }
}
