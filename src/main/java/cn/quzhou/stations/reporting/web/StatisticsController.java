package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.reporting.CrossTable;
import cn.quzhou.stations.reporting.Statistics;
import cn.quzhou.stations.reporting.StatisticsView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The statistics page (tables, and charts drawn from the same figures) and its Excel export. */
@Controller
class StatisticsController {

    private final Statistics statistics;
    private final StatisticsWorkbook workbook;
    private final JsonMapper json;
    private final MessageSource messages;

    StatisticsController(Statistics statistics, StatisticsWorkbook workbook, JsonMapper json, MessageSource messages) {
        this.statistics = statistics;
        this.workbook = workbook;
        this.json = json;
        this.messages = messages;
    }

    /** The page; with {@code print}, the report alone (cross table and sections, no navigation) for printing. */
    @GetMapping("/reports/statistics")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String print,
                Model model) {
        StatisticsView v = statistics.of(year);
        CrossTable cross = statistics.crossTable(year);
        model.addAttribute("stats", v);
        model.addAttribute("cross", cross);
        Map<String, Object> charts = chartData(v);
        charts.put("counties", countyCharts(cross));
        model.addAttribute("chartData", json.writeValueAsString(charts));
        model.addAttribute("generatedAt", statistics.generatedAt());
        return print == null ? "reporting/statistics" : "reporting/statistics-print";
    }

    @GetMapping("/reports/statistics.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(required = false) Integer year) {
        StatisticsView v = statistics.of(year);
        CrossTable cross = statistics.crossTable(year);
        java.time.ZonedDateTime at = statistics.generatedAt();
        return FileDownloads.xlsx(year == null ? "统计" : "统计-" + year, out -> workbook.write(v, cross, at, out));
    }

    /** The charts' figures, labels already translated, so the script only draws (the tables stay the source). */
    private Map<String, Object> chartData(StatisticsView v) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Long> applications = new LinkedHashMap<>();
        v.applications().forEach(l -> applications.merge(t("application.status." + l.status()), l.count(), Long::sum));
        data.put("applications", applications);
        Map<String, Long> stations = new LinkedHashMap<>();
        v.stationTotals().forEach((s, n) -> stations.put(t("station.status." + s), n));
        data.put("stations", stations);
        Map<String, Long> grades = new LinkedHashMap<>();
        v.grades().forEach(l -> grades.merge(t("evaluation.grade." + l.grade()), l.count(), Long::sum));
        data.put("grades", grades);
        return data;
    }

    /** Per county: the years and, per level, the stations recognised in each (one chart per county). */
    private List<Map<String, Object>> countyCharts(CrossTable cross) {
        Map<String, Map<String, Object>> counties = new LinkedHashMap<>();
        for (CrossTable.Line line : cross.lines()) {
            if (line.subtotal()) {
                continue;
            }
            Map<String, Object> county = counties.computeIfAbsent(line.jurisdiction(), name -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", name);
                c.put("years", cross.years().stream().map(String::valueOf).toList());
                c.put("series", new ArrayList<Map<String, Object>>());
                return c;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> series = (List<Map<String, Object>>) county.get("series");
            series.add(Map.of("name", t("funding.level." + line.level()),
                    "data", cross.years().stream().map(line::count).toList()));
        }
        return new ArrayList<>(counties.values());
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
