package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.ImportedResult;
import cn.quzhou.stations.evaluation.ImportedResultRecorded;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.IndicatorTable;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.results.internal.ImportedResultFollowUp;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.TransactionMemo;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results published on paper before the platform, entered by import (issue #15, D8). The route is history; the
 * invariants are not: the station was recognised by the end of the year, a station's year has one result, and
 * nothing is published in the future. An imported result counts like a published one for the grants (module funding,
 * through {@link ImportedResultRecorded}) and for Art. 18(5); its document number continues the yearly series.
 */
@Service
@Transactional(readOnly = true)
public class ResultHistory {

    private final ResultVersions results;
    private final ImportedResultFollowUp followUp;
    private final Stations stations;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final IndicatorTable measures;
    private final Clock clock;
    /** An import commits thousands of results in one transaction: each station read once. */
    private final TransactionMemo<Long, StationView> stationViews = new TransactionMemo<>();

    ResultHistory(ResultVersions results, ImportedResultFollowUp followUp, Stations stations, DocumentNumbers numbers,
                  ApplicationEventPublisher events, AuditLog audit, IndicatorTable measures, Clock clock) {
        this.results = results;
        this.followUp = followUp;
        this.stations = stations;
        this.numbers = numbers;
        this.events = events;
        this.audit = audit;
        this.measures = measures;
        this.clock = clock;
    }

    /** Per station, its years with results and each year's station year: what an import numbers on from. */
    @PreAuthorize("hasAuthority('history:import')")
    public Map<Long, SortedMap<Integer, Integer>> stationYears() {
        return results.stationYears();
    }

    /** Records an imported result and answers its id. */
    @Transactional
    @PreAuthorize("hasAuthority('history:import')")
    public long importResult(ImportedResult c, ImportOrigin origin) {
        StationView station = stationViews.get(c.stationId(), id -> stations.byIds(List.of(id)).get(id));
        if (station == null) {
            throw new NotFoundException("station", c.stationId());
        }
        if (station.recognisedOn().getYear() > c.year()) {
            throw new BusinessRuleException(null, "history.error.beforeRecognition", station.recognisedOn());
        }
        if (results.inForce(c.year(), c.stationId()).isPresent()) {
            throw new BusinessRuleException(null, "history.error.resultExists", c.year());
        }
        if (c.publishedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException(null, "history.error.future");
        }
        long id = results.imported(c, station, c.stationYear(), policyOf(c.year()), origin);
        numbers.noteIssued(c.documentNumber());
        ImportedResultRecorded recorded = new ImportedResultRecorded(id, c.year(), station.id(), c.stationYear(),
                station.hostUnitId(), station.jurisdictionId(), station.level(), c.grade(), c.total(),
                c.documentNumber(), c.publishedOn());
        followUp.follow(recorded.asPublished(), station);
        events.publishEvent(recorded);
        audit.record(AuditRecord.success("evaluation.result.import", "evaluation_result", id,
                c.year() + " " + c.grade() + ", " + c.documentNumber() + ", sha256=" + origin.sha256() + ", row "
                        + origin.row()));
        return id;
    }

    /** The measures in force on 31 December of the year (as for a year evaluated here). */
    private LocalDate policyOf(int year) {
        return measures.governing(year).map(PolicyVersion::effectiveFrom)
                .orElseThrow(() -> new BusinessRuleException(null, "history.error.noPolicy", year));
    }
}
