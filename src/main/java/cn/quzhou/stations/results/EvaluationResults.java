package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.evaluation.YearPublication;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.internal.CorrectionStore;
import cn.quzhou.stations.results.internal.ResultList;
import cn.quzhou.stations.results.internal.ResultViews;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import org.springframework.context.i18n.LocaleContextHolder;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published results (Art. 16(4), 17), read side: the years, a year's results in force (latest version per station)
 * and a station's every version, always within the signed-in user's data scope (host unit: its own stations; county
 * roles: their jurisdiction; city roles: all; experts, society contacts and administrators: nothing). The results
 * document of a year is a published document: whoever may read results may download it whole.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResults {

    /** The document's order: EXCELLENT first, then QUALIFIED, then UNQUALIFIED; by total, then name within. */
    static final Comparator<ResultView> DOCUMENT_ORDER = Comparator.comparing(ResultView::grade)
            .thenComparing(ResultView::total, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(ResultView::stationName);

    private final ResultVersions results;
    private final ResultViews views;
    private final CorrectionStore corrections;
    private final Stations stations;
    private final PdfRenderer pdf;
    private final ResultList list;
    private final Jurisdictions jurisdictions;

    EvaluationResults(ResultVersions results, ResultViews views, CorrectionStore corrections, Stations stations,
            PdfRenderer pdf, ResultList list, Jurisdictions jurisdictions) {
        this.list = list;
        this.jurisdictions = jurisdictions;
        this.results = results;
        this.views = views;
        this.corrections = corrections;
        this.stations = stations;
        this.pdf = pdf;
    }

    /** The published years within scope, newest first, with their grades in force counted (one statement). */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public List<YearSummary> years() {
        DataScope scope = PlatformUser.current().scope();
        // the city's and a county's summaries come from the maintained grade counts (issue #9: 100,000 results
        // grouped on every view of the results page was most of its time); a unit's few rows are grouped directly
        return scope instanceof DataScope.All || scope instanceof DataScope.OfJurisdiction
                ? list.yearsFromTotals(scope.on("g"), listScope()) : list.years(listScope());
    }

    /** One page of the results in force within scope, searched, filtered and sorted as asked (stored scores). */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public Paged<ResultView> page(ListRequest request, ResultFilter filter) {
        Map<Long, String> names = jurisdictionNames();
        Locale locale = LocaleContextHolder.getLocale();
        return list.page(listScope(), filter, request.resolve(ResultList.SORTS)).map(r -> view(r, names, locale));
    }

    /** One page of a year's results in force; 404 when the year has none within scope. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public Paged<ResultView> yearPage(int year, ListRequest request, ResultFilter filter) {
        if (!list.hasYear(year, listScope())) {
            throw new NotFoundException("evaluation year", year);
        }
        return page(request, filter.ofYear(year));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public void export(ListRequest request, ResultFilter filter, java.util.function.Consumer<ResultView> each) {
        Map<Long, String> names = jurisdictionNames();
        Locale locale = LocaleContextHolder.getLocale();
        list.export(listScope(), filter, request.resolve(ResultList.SORTS).everything(),
                r -> each.accept(view(r, names, locale)));
    }

    private ResultView view(ResultList.Row row, Map<Long, String> jurisdictionNames, Locale locale) {
        ResultVersion r = row.result();
        return new ResultView(r.id(), r.year(), r.stationId(), row.stationName(), r.hostUnitId(), row.hostUnitName(),
                r.jurisdictionId(), jurisdictionNames.get(r.jurisdictionId()), r.version(), r.stationYear(), r.level(),
                r.submitted(), r.total(), r.grade(), views.reason(r, locale), r.documentNumber(), r.publishedOn(),
                r.correctionReason(), r.recordedBy(), r.approvedBy(), r.recordedAt());
    }

    private Map<Long, String> jurisdictionNames() {
        return jurisdictions.list().stream().collect(java.util.stream.Collectors.toMap(
                cn.quzhou.stations.organisation.JurisdictionView::id,
                cn.quzhou.stations.organisation.JurisdictionView::name));
    }

    /** A year's results in force within scope, in the document's order; 404 when none is visible. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public List<ResultView> inForce(int year) {
        List<ResultVersion> rows = results.inForce(year, PlatformUser.current().scope());
        if (rows.isEmpty()) {
            throw new NotFoundException("evaluation year", year);
        }
        return views.of(rows).stream().sorted(DOCUMENT_ORDER).toList();
    }

    /** Every version of every year of a station the signed-in user may see (404 otherwise). */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public StationResults history(long stationId) {
        StationView station = stations.get(stationId);
        return new StationResults(station.id(), station.name(), station.hostUnitName(),
                station.status() == StationStatus.ACTIVE, views.of(results.history(stationId)),
                visibleCorrections(stationId, station.name()));
    }

    /**
     * Proposals and rejections are the city CAST's internal work (proposer, rejection note): only who may correct
     * sees them; everyone else sees the approved corrections, which are published versions anyway.
     */
    private List<CorrectionView> visibleCorrections(long stationId, String stationName) {
        List<CorrectionView> all = corrections.ofStation(stationId, stationName);
        return PlatformUser.current().can("evaluation:correct") ? all
                : all.stream().filter(c -> c.status() == CorrectionView.CorrectionStatus.APPROVED).toList();
    }

    /**
     * 审核通过的结果由市委人才办、市科协发文公布: the year's results document as a PDF — the number and date of
     * the publication (version 1), every station with its grade in force (EXCELLENT, QUALIFIED, then UNQUALIFIED
     * with the note of the public criticism), and the corrections with their reasons and approvers.
     */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public byte[] documentPdf(int year) {
        if (!list.hasYear(year, listScope())) {
            throw new NotFoundException("evaluation year", year);
        }
        YearPublication publication = results.publication(year)
                .orElseThrow(() -> new NotFoundException("evaluation year", year));
        List<ResultView> all = views.of(results.allOf(year), Locale.SIMPLIFIED_CHINESE);
        // the whole published year, whatever the reader's scope: the store's one rule for "in force"
        List<ResultView> ordered = views.of(results.inForceOfYear(year), Locale.SIMPLIFIED_CHINESE).stream()
                .sorted(DOCUMENT_ORDER).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("publication", publication);
        model.put("excellent", ordered.stream().filter(v -> v.grade() == Grade.EXCELLENT).toList());
        model.put("qualified", ordered.stream().filter(v -> v.grade() == Grade.QUALIFIED).toList());
        model.put("unqualified", ordered.stream().filter(v -> v.grade() == Grade.UNQUALIFIED).toList());
        model.put("corrections", all.stream().filter(ResultView::correction)
                .sorted(Comparator.comparing(ResultView::stationName).thenComparing(ResultView::version)).toList());
        return pdf.renderOfficial("evaluation/pdf/results-document", model);
    }

    /** The scope on {@code evaluation_result_list l}. */
    private static DataScope.Sql listScope() {
        return PlatformUser.current().scope().on("l");
    }
}
