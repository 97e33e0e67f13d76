package cn.quzhou.stations.demo;

import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.PanelCommand;
import cn.quzhou.stations.application.panel.PanelView;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetCommand;
import cn.quzhou.stations.application.panel.SheetCriterion;
import cn.quzhou.stations.application.panel.SheetView;
import cn.quzhou.stations.application.recognition.ConfirmRecognitionCommand;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One recognition batch as the offices run it: the units apply in spring, the counties and the city CAST review, a
 * panel scores and lists them, the city talent office agrees, a public notice runs, and the joint document recognises
 * them (prepared by the city CAST, confirmed by the city talent office).
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoRecognition {

    /** The panel of every past batch: two experts of the pool, each scoring every application. */
    static final List<String> PANEL = List.of("expert-chen", "expert-li");

    private final DemoActors actors;
    private final DemoClock clock;
    private final DemoApplications applications;
    private final ReviewPanels panels;
    private final PublicNotices notices;
    private final Recognitions recognitions;
    private final Stations stations;

    DemoRecognition(DemoActors actors, DemoClock clock, DemoApplications applications, ReviewPanels panels,
                    PublicNotices notices, Recognitions recognitions, Stations stations) {
        this.actors = actors;
        this.clock = clock;
        this.applications = applications;
        this.panels = panels;
        this.notices = notices;
        this.recognitions = recognitions;
        this.stations = stations;
    }

    /** Recognises the batch of {@code year}; the stations' ids by society name. */
    Map<String, Long> batch(int year, List<DemoCatalogue.Entry> entries) {
        clock.moveTo(LocalDate.of(year, 3, 10));
        Map<Long, DemoCatalogue.Entry> ids = new LinkedHashMap<>();
        entries.forEach(e -> ids.put(applications.submitted(e, LocalDate.of(year, 3, 1)), e));
        clock.moveTo(LocalDate.of(year, 3, 24));
        ids.forEach((id, e) -> applications.toPanel(e, id));
        clock.moveTo(LocalDate.of(year, 4, 14));
        long panel = panel(year + "年度学会服务站评审小组", year, PANEL, ids.keySet());
        scoreAll(PANEL, panel, "86");
        clock.moveTo(LocalDate.of(year, 4, 28));
        list(panel);
        clock.moveTo(LocalDate.of(year, 5, 8));
        ids.keySet().forEach(id -> applications.pass("city-talent", id, "同意建议名单，进入公示。"));
        LocalDate start = LocalDate.of(year, 5, 11);
        long notice = actors.as("city-cast", () -> notices.open(new OpenNoticeCommand(year + "年度衢州市学会服务站拟认定名单公示",
                null, start, start.plusDays(7), List.copyOf(ids.keySet()))));
        clock.moveTo(start.plusDays(10));
        recognise(notice);
        Map<String, Long> byName = new LinkedHashMap<>();
        List<StationView> all = actors.as("city-cast", stations::list);
        ids.forEach((id, e) -> byName.put(e.society(), all.stream().filter(s -> s.applicationId() == id)
                .findFirst().orElseThrow().id()));
        return byName;
    }

    /** A scoring panel of the named experts for the applications at panel review. */
    long panel(String name, int year, List<String> expertUsernames, Set<Long> applicationIds) {
        Set<Long> expertIds = new LinkedHashSet<>();
        expertUsernames.forEach(u -> expertIds.add(actors.user(u).expertId()));
        return actors.as("city-cast", () -> panels.form(new PanelCommand(name, year, expertIds,
                new LinkedHashSet<>(applicationIds))));
    }

    /** Each expert submits a sheet for every application assigned to them in {@code panel}. */
    void scoreAll(List<String> expertUsernames, long panel, String total) {
        for (String expert : expertUsernames) {
            actors.run(expert, () -> {
                Map<String, BigDecimal> scores = scores(new BigDecimal(total));
                for (SheetView sheet : panels.mySheets()) {
                    if (sheet.panelId() == panel && sheet.status().open()) {
                        panels.submitSheet(sheet.id(), new SheetCommand(scores, "建站基础扎实，合作内容明确，同意推荐。"));
                    }
                }
            });
        }
    }

    /** The city CAST recommends every application of the panel and submits the list to the city talent office. */
    void list(long panel) {
        actors.run("city-cast", () -> {
            var view = panels.get(panel);
            List<ListCommand.Decision> decisions = view.entries().stream()
                    .map(r -> new ListCommand.Decision(r.applicationId(), true, null)).toList();
            panels.fixList(panel, new ListCommand(decisions, null, true, view.version()));
            panels.submitList(panel, panels.get(panel).version(), true);
        });
    }

    private void recognise(long notice) {
        actors.run("city-cast", () -> recognitions.prepare(notice, new RecogniseCommand(null, null, null)));
        actors.run("city-talent", () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(null)));
    }

    /** Points per criterion adding up to {@code total}: each criterion filled to its maximum in turn. */
    private Map<String, BigDecimal> scores(BigDecimal total) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        BigDecimal left = total;
        for (SheetCriterion c : panels.policyInForce().criteria()) {
            BigDecimal points = left.min(c.maxPoints());
            scores.put(c.code(), points);
            left = left.subtract(points);
        }
        return scores;
    }
}
