package cn.quzhou.stations.evaluation.bench;

import cn.quzhou.stations.evaluation.scoring.Evidence;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.Grading;
import cn.quzhou.stations.evaluation.scoring.GradingResult;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.Participant;
import cn.quzhou.stations.evaluation.scoring.Quzhou2021;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.evaluation.scoring.ScoringEngine;
import cn.quzhou.stations.evaluation.scoring.StationYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Scores and grades one year of 20,000 stations with ~100 evidence events each (seeded, so every run scores the same
 * data) on one thread. Not a test: run it by hand (see bench/README.md). Target: under 2 s after warm-up.
 * <p>Arguments (optional): stations, warm-up runs, measured runs.
 */
public final class ScoringBenchmark {

    private static final int YEAR = 2023;
    private static final long SEED = 20210817L;

    /** Relative frequency of each evidence kind in a station's year (reports and salons common, awards rare). */
    private static final EvidenceKind[] KINDS;

    static {
        List<EvidenceKind> weighted = new ArrayList<>();
        add(weighted, EvidenceKind.REPORT_WITH_ADVICE, 14);
        add(weighted, EvidenceKind.ADOPTION_OR_INSTRUCTION, 6);
        add(weighted, EvidenceKind.CONFERENCE, 8);
        add(weighted, EvidenceKind.SALON_OR_SEMINAR, 16);
        add(weighted, EvidenceKind.TRAINING, 14);
        add(weighted, EvidenceKind.TALENT_OR_WORKSTATION, 4);
        add(weighted, EvidenceKind.ENTERPRISE_INTRODUCED, 3);
        add(weighted, EvidenceKind.RESULT_INDUSTRIALISED, 5);
        add(weighted, EvidenceKind.NATIONAL_OR_INDUSTRY_STANDARD, 2);
        add(weighted, EvidenceKind.GROUP_STANDARD, 4);
        add(weighted, EvidenceKind.TECHNICAL_PROBLEM_SOLVED, 8);
        add(weighted, EvidenceKind.AWARD, 3);
        add(weighted, EvidenceKind.MEDIA_REPORT, 13);
        KINDS = weighted.toArray(EvidenceKind[]::new);
    }

    private ScoringBenchmark() {
    }

    private static void add(List<EvidenceKind> list, EvidenceKind kind, int weight) {
        for (int i = 0; i < weight; i++) {
            list.add(kind);
        }
    }

    static List<StationYear> year(int stations, long seed) {
        Random random = new Random(seed);
        Level[] levels = Level.values();
        String[] a21 = {"FULL", "COVERS_80", "COVERS_50"};
        String[] a23 = {"PROVINCE", "CITY", "COUNTY"};
        List<StationYear> years = new ArrayList<>(stations);
        long evidenceId = 0;
        for (int s = 1; s <= stations; s++) {
            StationYear.Builder b = StationYear.of(s, YEAR);
            int events = 80 + random.nextInt(41); // 80..120, ~100 on average
            for (int e = 0; e < events; e++) {
                EvidenceKind kind = KINDS[random.nextInt(KINDS.length)];
                // a few records fall in the previous year, as they do when recorded late
                LocalDate date = LocalDate.ofYearDay(random.nextInt(50) == 0 ? YEAR - 1 : YEAR, 1 + random.nextInt(365));
                Integer attendance = kind == EvidenceKind.CONFERENCE || kind == EvidenceKind.TRAINING
                        ? 40 + random.nextInt(260) : null;
                Level level = kind == EvidenceKind.AWARD || kind == EvidenceKind.MEDIA_REPORT
                        ? levels[random.nextInt(levels.length)] : null;
                int quantity = kind == EvidenceKind.GROUP_STANDARD && random.nextInt(4) == 0 ? 2 : 1;
                b.evidence(new Evidence(++evidenceId, kind, date, attendance, level, quantity));
            }
            if (random.nextInt(10) > 0) {
                b.declare("A1.1", "OFFICE", "STAFF");
            } else {
                b.declare("A1.1", "OFFICE");
            }
            b.declare("A1.2", "RULES", "FUNDS_PROPER");
            if (random.nextBoolean()) {
                b.declare("A1.2", "HOST_FUNDING", "DATABASES");
            }
            b.declare("A2.1", a21[random.nextInt(3)]);
            b.declare("A2.2", "CONTENT", "AGREEMENT_PLAN");
            b.declare("A2.3", a23[random.nextInt(3)]);
            b.measure("B1.1", BigDecimal.valueOf(15 + random.nextInt(400), 1).add(BigDecimal.valueOf(10)));
            b.measure("C4", BigDecimal.valueOf(random.nextInt(11), 1).multiply(BigDecimal.valueOf(5)));
            if (random.nextInt(20) == 0) {
                b.adjust("B1.2", BigDecimal.valueOf(-5), "报告重复提交");
            }
            years.add(b.build());
        }
        return years;
    }

    /** One evaluation: every station scored, then the year graded (10 % of stations did not submit). */
    static GradingResult run(ScoringEngine engine, List<StationYear> years) {
        List<Participant> participants = new ArrayList<>(years.size());
        for (StationYear y : years) {
            if (y.stationId() % 10 == 0) {
                participants.add(Participant.absent(y.stationId()));
            } else {
                ScoreSheet sheet = engine.score(y);
                participants.add(Participant.submitted(y.stationId(), sheet.total()));
            }
        }
        return Grading.grade(engine.policy().grading(), participants);
    }

    public static void main(String[] args) {
        int stations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;

        List<StationYear> years = year(stations, SEED);
        long events = years.stream().mapToLong(y -> y.evidence().size()).sum();
        ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);
        System.out.printf("%d stations, %d evidence events (%.1f each), seed %d, %d processors, %s%n", stations, events,
                (double) events / stations, SEED, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        GradingResult result = null;
        for (int i = 0; i < warmups; i++) {
            result = run(engine, years);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = run(engine, years);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("grades: %d excellent, %d qualified, %d unqualified, tie: %s%n",
                result.count(Grade.EXCELLENT), result.count(Grade.QUALIFIED), result.count(Grade.UNQUALIFIED),
                result.tie() == null ? "none" : result.tie().stations().size() + " stations for "
                        + result.tie().placesLeft() + " places at " + result.tie().score());
        System.out.printf("score + grade one year, %d runs after %d warm-up: min %d ms, median %d ms, max %d ms%n",
                runs, warmups, millis[0], millis[runs / 2], millis[runs - 1]);
    }
}
