package cn.quzhou.stations.demo;

import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.MeetingCommand;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import cn.quzhou.stations.evaluation.PreviewView;
import cn.quzhou.stations.evaluation.ReportView;
import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.SelfReportCommand;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.evaluation.TieCommand;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.StationEvidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One evaluation year (Art. 13-17) as it runs: the stations record evidence during the year, the city CAST opens the
 * year in January, the units report, the counties check and forward, the city CAST verifies after the deadline, a tie
 * across the EXCELLENT line is decided, the party-group meeting decides, the city talent office agrees and the result
 * document is published. The scores are built from evidence so that every grade appears every year.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoEvaluation {

    /** What a station does in a year: its evidence decides its score (34 declared + 30 + 5 a technical problem). */
    enum Effort { ABSENT, WEAK, NORMAL }

    private static final Set<String> FULL_DECLARATIONS = Set.of("A1.1:OFFICE", "A1.1:STAFF", "A1.2:RULES",
            "A1.2:FUNDS_PROPER", "A1.2:HOST_FUNDING", "A1.2:DATABASES", "A2.2:CONTENT", "A2.2:AGREEMENT_PLAN");

    private final DemoActors actors;
    private final DemoClock clock;
    private final EvaluationRounds rounds;
    private final SelfReports reports;
    private final StationEvidence evidence;
    private final Rectifications rectifications;

    DemoEvaluation(DemoActors actors, DemoClock clock, EvaluationRounds rounds, SelfReports reports,
                   StationEvidence evidence, Rectifications rectifications) {
        this.rectifications = rectifications;
        this.actors = actors;
        this.clock = clock;
        this.rounds = rounds;
        this.reports = reports;
        this.evidence = evidence;
    }

    /** The year's round opened in January of the next year; each participant's report by its catalogue entry. */
    Map<DemoCatalogue.Entry, ReportView> open(int year, List<DemoCatalogue.Entry> stations, LocalDate deadline) {
        actors.run("city-cast", () -> rounds.open(new OpenRoundCommand(year, deadline, null)));
        Map<DemoCatalogue.Entry, ReportView> due = new LinkedHashMap<>();
        for (DemoCatalogue.Entry e : stations) {
            actors.as(e.unit().username(), reports::worklist).stream().filter(r -> r.year() == year).findFirst()
                    .ifPresent(r -> due.put(e, r));
        }
        return due;
    }

    /**
     * Plays {@code year} to publication for its {@code participants}. {@code efforts} names the stations that fail;
     * the others are graded by the order of the catalogue: the first "excellent places + 1" score 5 points apart, so
     * only {@code tie} makes two of them equal across the line (the city CAST then chooses the first, with a reason).
     */
    void play(int year, Map<String, Long> stationIds, List<DemoCatalogue.Entry> participants,
              Map<String, Effort> efforts, boolean tie) {
        int places = participants.size() / 5;
        clock.moveTo(LocalDate.of(year, 12, 15));
        int rank = 0;
        for (DemoCatalogue.Entry e : participants) {
            if (effort(efforts, e) == Effort.NORMAL) {
                int problems = Math.max(0, places + 1 - rank) + (tie && rank == places ? 1 : 0);
                record(e, stationIds.get(e.society()), year, problems);
                rank++;
            }
        }
        clock.moveTo(LocalDate.of(year + 1, 1, 6));
        Map<DemoCatalogue.Entry, ReportView> due = open(year, participants, LocalDate.of(year + 1, 1, 25));
        clock.moveTo(LocalDate.of(year + 1, 1, 12));
        List<ReportView> submitted = due.entrySet().stream().filter(r -> effort(efforts, r.getKey()) != Effort.ABSENT)
                .map(r -> submit(r.getKey(), r.getValue())).toList();
        clock.moveTo(LocalDate.of(year + 1, 1, 20));
        submitted.stream().filter(r -> !r.cityDirect()).forEach(this::countyRoute);
        clock.moveTo(LocalDate.of(year + 1, 2, 3));
        submitted.forEach(r -> actors.run("city-cast", () -> reports.cityDecision(r.id(),
                new RouteCommand(RouteDecision.VERIFY, "佐证真实，核实无误。", reports.get(r.id()).version()))));
        publish(year);
    }

    /** The unqualified station reports its rectification and its reviewer (county or city CAST) accepts it. */
    void rectify(DemoCatalogue.Entry e, int year, LocalDate reportedOn, LocalDate acceptedOn) {
        clock.moveTo(reportedOn);
        long task = actors.as(e.unit().username(), () -> rectifications.list(false)).stream()
                .filter(t -> t.year() == year).findFirst().orElseThrow().id();
        actors.run(e.unit().username(), () -> rectifications.submit(task, new RectificationReport(
                "已对照考核意见完成整改：补充专家在站服务、完善经费管理制度并开展专题技术对接。"), null, null));
        clock.moveTo(acceptedOn);
        String reviewer = e.unit().jurisdiction().equals("市直") ? "city-cast"
                : "county-cast-" + DemoCatalogue.COUNTIES.get(e.unit().jurisdiction());
        actors.run(reviewer, () -> rectifications.accept(task, "整改到位，同意销号。"));
    }

    /** Evidence of the running year, recorded as it happens. */
    void recordRunningYear(DemoCatalogue.Entry e, long station, int year, LocalDate on) {
        actors.run(e.unit().username(), () -> {
            evidence.record(station, new EvidenceCommand(year, EvidenceKind.SALON_OR_SEMINAR, on,
                    description(EvidenceKind.SALON_OR_SEMINAR), null, null, null), null, null);
            evidence.record(station, new EvidenceCommand(year, EvidenceKind.REPORT_WITH_ADVICE, on,
                    description(EvidenceKind.REPORT_WITH_ADVICE), null, null, null), null, null);
        });
    }

    private static Effort effort(Map<String, Effort> efforts, DemoCatalogue.Entry e) {
        return efforts.getOrDefault(e.society(), Effort.NORMAL);
    }

    private void record(DemoCatalogue.Entry e, long station, int year, int problems) {
        List<EvidenceKind> kinds = new ArrayList<>(List.of(EvidenceKind.ENTERPRISE_INTRODUCED,
                EvidenceKind.SALON_OR_SEMINAR, EvidenceKind.SALON_OR_SEMINAR, EvidenceKind.REPORT_WITH_ADVICE,
                EvidenceKind.REPORT_WITH_ADVICE));
        for (int i = 0; i < problems; i++) {
            kinds.add(EvidenceKind.TECHNICAL_PROBLEM_SOLVED);
        }
        actors.run(e.unit().username(), () -> {
            int day = 1;
            for (EvidenceKind kind : kinds) {
                evidence.record(station, new EvidenceCommand(year, kind, LocalDate.of(year, 9, day++),
                        description(kind), null, null, null), null, null);
            }
        });
    }

    private static String description(EvidenceKind kind) {
        return switch (kind) {
            case ENTERPRISE_INTRODUCED -> "引进创新型企业一家落户本地。";
            case SALON_OR_SEMINAR -> "举办产业技术沙龙。";
            case REPORT_WITH_ADVICE -> "形成产业发展咨询报告并提出建议。";
            default -> "为企业解决关键技术难题。";
        };
    }

    private ReportView submit(DemoCatalogue.Entry e, ReportView r) {
        return actors.as(e.unit().username(), () -> {
            ReportView drafted = reports.draft(r.id(), new SelfReportCommand("本年度工作总结：按计划开展合作，详见佐证材料。",
                    FULL_DECLARATIONS, "PROVINCE", new BigDecimal("100")), r.version());
            return reports.submit(r.id(), drafted.version());
        });
    }

    private void countyRoute(ReportView r) {
        String suffix = countySuffix(r);
        actors.run("county-cast-" + suffix, () -> reports.countyCheck(r.id(),
                new RouteCommand(RouteDecision.PASS, "材料真实完整。", reports.get(r.id()).version())));
        actors.run("county-talent-" + suffix, () -> reports.countyForward(r.id(),
                new RouteCommand(RouteDecision.PASS, "同意报送。", reports.get(r.id()).version())));
    }

    private String countySuffix(ReportView r) {
        return DemoCatalogue.STATIONS.stream().filter(e -> r.stationName().equals(e.stationName())).findFirst()
                .map(e -> DemoCatalogue.COUNTIES.get(e.unit().jurisdiction())).orElseThrow();
    }

    private void publish(int year) {
        actors.run("city-cast", () -> {
            PreviewView preview = rounds.preview(year);
            if (preview.tieOpen()) {
                rounds.decideTie(year, new TieCommand(List.of(preview.grading().tie().stations().get(0)),
                        "成果转化与技术攻关成效更为显著（党组会议意见）。"));
            }
        });
        clock.moveTo(LocalDate.of(year + 1, 2, 10));
        actors.run("city-cast", () -> rounds.recordDecision(year, new MeetingCommand(LocalDate.of(year + 1, 2, 10),
                "市科协党组会议纪要〔" + (year + 1) + "〕2号", rounds.get(year).version())));
        actors.run("city-cast", () -> rounds.reportToTalentOffice(year, rounds.get(year).version()));
        clock.moveTo(LocalDate.of(year + 1, 2, 20));
        actors.run("city-talent", () -> rounds.talentDecision(year,
                new RouteCommand(RouteDecision.APPROVE, "同意考核结果。", rounds.get(year).version())));
        clock.moveTo(LocalDate.of(year + 1, 3, 2));
        actors.run("city-cast", () -> rounds.publish(year, rounds.get(year).version()));
    }
}
