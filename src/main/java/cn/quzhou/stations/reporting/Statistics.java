package cn.quzhou.stations.reporting;
import cn.quzhou.stations.results.ResultStatistics;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.ApplicationStatistics;
import cn.quzhou.stations.funding.FundsOverview;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.station.StationStatistics;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.station.RecognitionCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计: composes the owning modules' statistics queries. Reporting reads no other module's table: each module counts
 * its own rows in one SQL statement on its facade, within the principal's data scope, and this only names and sums.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    private final ApplicationStatistics applications;
    private final StationStatistics stations;
    private final ResultStatistics results;
    private final FundsOverview funds;
    private final Jurisdictions jurisdictions;

    private final java.time.Clock clock;

    Statistics(ApplicationStatistics applications, StationStatistics stations, ResultStatistics results,
               FundsOverview funds, Jurisdictions jurisdictions, java.time.Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.stations = stations;
        this.results = results;
        this.funds = funds;
        this.jurisdictions = jurisdictions;
    }

    /** The figures of {@code year} (null = every year) the signed-in user may see. */
    @PreAuthorize("hasAuthority('report:read')")
    public StatisticsView of(Integer year) {
        Map<Long, String> names = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        var applicationLines = applications.countsByJurisdictionAndStatus(year).stream()
                .map(c -> new StatisticsView.ApplicationLine(c.jurisdictionId(), names.get(c.jurisdictionId()),
                        c.status(), c.count())).toList();
        var stationLines = stations.countsByJurisdictionLevelStatus(year).stream()
                .map(c -> new StatisticsView.StationLine(c.jurisdictionId(), names.get(c.jurisdictionId()), c.level(),
                        c.status(), c.count())).toList();
        Map<StationStatus, Long> totals = new EnumMap<>(StationStatus.class);
        for (StationStatus s : StationStatus.values()) {
            totals.put(s, 0L);
        }
        stationLines.forEach(l -> totals.merge(l.status(), l.count(), Long::sum));
        var gradeLines = results.gradeCounts(year).stream()
                .map(c -> new StatisticsView.GradeLine(c.year(), c.jurisdictionId(), names.get(c.jurisdictionId()),
                        c.grade(), c.count())).toList();
        return new StatisticsView(year, applicationLines, stationLines, totals, gradeLines, funds(year));
    }

    /**
     * Stations recognised, county × level × year, with subtotals, the grand total and year-on-year changes: for
     * {@code year} alone (its change against the year before), or every year with recognitions (null).
     */
    @PreAuthorize("hasAuthority('report:read')")
    public CrossTable crossTable(Integer year) {
        List<RecognitionCount> counts = stations.recognitionsByJurisdictionLevelYear(year);
        List<Integer> years = year != null ? List.of(year)
                : counts.stream().map(RecognitionCount::year).distinct().sorted().toList();
        Map<Long, Map<SocietyLevel, Map<Integer, Long>>> cells = new HashMap<>();
        Map<Integer, Long> all = new TreeMap<>();
        for (RecognitionCount c : counts) {
            cells.computeIfAbsent(c.jurisdictionId(), j -> new EnumMap<>(SocietyLevel.class))
                    .computeIfAbsent(c.level(), l -> new TreeMap<>()).merge(c.year(), c.count(), Long::sum);
            all.merge(c.year(), c.count(), Long::sum);
        }
        List<CrossTable.Line> lines = new ArrayList<>();
        for (JurisdictionView j : jurisdictions.list()) {
            Map<SocietyLevel, Map<Integer, Long>> county = cells.get(j.id());
            if (county == null) {
                continue;
            }
            Map<Integer, Long> subtotal = new TreeMap<>();
            county.forEach((level, byYear) -> {
                lines.add(new CrossTable.Line(j.id(), j.name(), level, byYear, years));
                byYear.forEach((y, n) -> subtotal.merge(y, n, Long::sum));
            });
            lines.add(new CrossTable.Line(j.id(), j.name(), null, subtotal, years));
        }
        return new CrossTable(years, lines, new CrossTable.Line(null, null, null, all, years));
    }

    /** When a report is generated: now, in Beijing time (the date printed on the report and in the Excel). */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "the clock in Beijing time, printed on a report")
    public java.time.ZonedDateTime generatedAt() {
        return clock.instant().atZone(Beijing.ZONE);
    }

    /** The funds overview is the city offices' (funding:overview): county offices see no funds section. */
    private List<cn.quzhou.stations.funding.OverviewRow> funds(Integer year) {
        if (!PlatformUser.current().can("funding:overview")) {
            return null;
        }
        return funds.rows().stream().filter(r -> year == null || r.year() == year).toList();
    }
}
