package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Rows of evaluation_result as views: station, unit and jurisdiction names looked up once per list, not per row. */
@Component
public class ResultViews {

    private final Stations stations;
    private final HostUnits units;
    private final Jurisdictions jurisdictions;
    private final MessageSource messages;

    ResultViews(Stations stations, HostUnits units, Jurisdictions jurisdictions, MessageSource messages) {
        this.stations = stations;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    /** Views in the reader's language. */
    public List<ResultView> of(List<ResultVersion> rows) {
        return of(rows, LocaleContextHolder.getLocale());
    }

    public List<ResultView> of(List<ResultVersion> rows, Locale locale) {
        Set<Long> stationIds = rows.stream().map(ResultVersion::stationId).collect(Collectors.toSet());
        Map<Long, StationView> stationViews = stations.byIds(stationIds);
        Map<Long, String> unitNames = units.namesOf(rows.stream().map(ResultVersion::hostUnitId)
                .collect(Collectors.toSet()));
        Map<Long, String> jurisdictionNames = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        return rows.stream().map(r -> new ResultView(r.id(), r.year(), r.stationId(),
                stationViews.containsKey(r.stationId()) ? stationViews.get(r.stationId()).name() : "#" + r.stationId(),
                r.hostUnitId(), unitNames.get(r.hostUnitId()), r.jurisdictionId(),
                jurisdictionNames.get(r.jurisdictionId()), r.version(), r.stationYear(), r.level(), r.submitted(),
                r.total(), r.grade(), reason(r, locale), r.documentNumber(), r.publishedOn(), r.correctionReason(),
                r.recordedBy(), r.approvedBy(), r.recordedAt())).toList();
    }

    /** The grading reason of a row as text; a correction's own reason when it is one. */
    public String reason(ResultVersion r, Locale locale) {
        if (r.correctionReason() != null) {
            return messages.getMessage("results.reason.corrected", new Object[] {r.correctionReason()}, locale);
        }
        return messages.getMessage(r.reasonKey(), r.reasonArgs().toArray(), r.reasonKey(), locale);
    }
}
