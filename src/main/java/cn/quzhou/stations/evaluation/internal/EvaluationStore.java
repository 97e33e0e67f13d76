package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.evaluation.AdjustmentView;
import cn.quzhou.stations.evaluation.EvidenceLine;
import cn.quzhou.stations.evaluation.InspectionView;
import cn.quzhou.stations.evaluation.InspectionCommand;
import cn.quzhou.stations.evaluation.JudgementView;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceLevel;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The evaluation's own tables besides the aggregates: snapshots, inspections, adjustments, experts, the counter. */
@Component
public class EvaluationStore {

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void snapshot(long reportId, List<EvidenceLine> evidence) {
        jdbc.sql("delete from evaluation_evidence_snapshot where report_id = ?").param(reportId).update();
        for (EvidenceLine e : evidence) {
            jdbc.sql("""
                    insert into evaluation_evidence_snapshot (report_id, evidence_id, kind, occurred_on, description,
                                                              attendance, level, days)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(reportId, e.id(), e.kind().name(), Date.valueOf(e.occurredOn()), e.description(),
                            e.attendance(), e.level() == null ? null : e.level().name(), e.days())
                    .update();
        }
    }

    public void dropSnapshot(long reportId) {
        jdbc.sql("delete from evaluation_evidence_snapshot where report_id = ?").param(reportId).update();
    }

    public List<EvidenceLine> snapshotOf(long reportId) {
        return jdbc.sql("select * from evaluation_evidence_snapshot where report_id = ? order by occurred_on, evidence_id")
                .param(reportId).query((rs, n) -> line(rs)).list();
    }

    /** The snapshots of many reports in one query (report id → lines), for listing and grading a year. */
    public Map<Long, List<EvidenceLine>> snapshotsOf(Collection<Long> reportIds) {
        Map<Long, List<EvidenceLine>> out = new HashMap<>();
        if (!reportIds.isEmpty()) {
            jdbc.sql("select * from evaluation_evidence_snapshot where report_id in (:ids) order by occurred_on, evidence_id")
                    .param("ids", reportIds).query((RowCallbackHandler) rs -> out
                            .computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(line(rs)));
        }
        return out;
    }

    private static EvidenceLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        String level = rs.getString("level");
        return new EvidenceLine(rs.getLong("evidence_id"), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("description"),
                (Integer) rs.getObject("attendance"), level == null ? null : EvidenceLevel.valueOf(level),
                rs.getBigDecimal("days"));
    }

    public long addInspection(long reportId, InspectionCommand c, UUID fileId, String fileName, String by, Instant at) {
        return jdbc.sql("""
                insert into evaluation_inspection (report_id, inspected_on, inspectors, findings, file_id, file_name,
                                                   recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, Date.valueOf(c.inspectedOn()), c.inspectors().strip(), c.findings().strip(), fileId,
                        fileName, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<InspectionView> inspectionsOf(long reportId) {
        return jdbc.sql("select * from evaluation_inspection where report_id = ? order by inspected_on, id")
                .param(reportId).query((rs, n) -> new InspectionView(rs.getLong("id"),
                        rs.getDate("inspected_on").toLocalDate(), rs.getString("inspectors"), rs.getString("findings"),
                        rs.getString("file_name"), rs.getObject("file_id") != null, rs.getString("recorded_by")))
                .list();
    }

    public Optional<UUID> inspectionFile(long reportId, long inspectionId) {
        return jdbc.sql("select file_id from evaluation_inspection where report_id = ? and id = ? and file_id is not null")
                .params(reportId, inspectionId).query(UUID.class).optional();
    }

    public void addAdjustment(long reportId, String itemCode, BigDecimal points, String reason, String by, Instant at) {
        jdbc.sql("""
                insert into evaluation_adjustment (report_id, item_code, points, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(reportId, itemCode, points, reason.strip(), by, Timestamp.from(at)).update();
    }

    public List<AdjustmentView> adjustmentsOf(long reportId) {
        return jdbc.sql("select * from evaluation_adjustment where report_id = ? order by id").param(reportId)
                .query((rs, n) -> adjustment(rs)).list();
    }

    public Map<Long, List<AdjustmentView>> adjustmentsOf(Collection<Long> reportIds) {
        Map<Long, List<AdjustmentView>> out = new HashMap<>();
        if (!reportIds.isEmpty()) {
            jdbc.sql("select * from evaluation_adjustment where report_id in (:ids) order by id").param("ids", reportIds)
                    .query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong("report_id"),
                            k -> new ArrayList<>()).add(adjustment(rs)));
        }
        return out;
    }

    public Map<Long, List<JudgementView>> judgementsOf(Collection<Long> reportIds) {
        Map<Long, List<JudgementView>> out = new HashMap<>();
        if (!reportIds.isEmpty()) {
            jdbc.sql("select * from evaluation_assignment where report_id in (:ids) and conflict_reason is null order by id")
                    .param("ids", reportIds).query((RowCallbackHandler) rs -> out.computeIfAbsent(
                            rs.getLong("report_id"), k -> new ArrayList<>()).add(judgement(rs, Map.of())));
        }
        return out;
    }

    private static AdjustmentView adjustment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AdjustmentView(rs.getString("item_code"), rs.getBigDecimal("points"), rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    /** Assigns unless already assigned; true when a new assignment was made. */
    public boolean assign(long reportId, long expertId) {
        return jdbc.sql("insert into evaluation_assignment (report_id, expert_id) values (?, ?) on conflict do nothing")
                .params(reportId, expertId).update() == 1;
    }

    public List<JudgementView> judgementsOf(long reportId, Map<Long, String> expertNames) {
        return jdbc.sql("select * from evaluation_assignment where report_id = ? and conflict_reason is null order by id")
                .param(reportId)
                .query((rs, n) -> judgement(rs, expertNames)).list();
    }

    public List<JudgementView> assignmentsOfExpert(long expertId, Map<Long, String> expertNames) {
        return jdbc.sql("select * from evaluation_assignment where expert_id = ? and conflict_reason is null order by id desc")
                .param(expertId)
                .query((rs, n) -> judgement(rs, expertNames)).list();
    }

    /**
     * An expert's judgements still to give (the report in the city review, not judged) as a 待办 line in one
     * statement; the assignment keeps no date of its own, so each waits from the report's reaching the city review.
     */
    public TodoDeadlines.Waiting openJudgements(long expertId, java.time.LocalDate overdueBefore) {
        return jdbc.sql("select count(*), min(since), count(*) filter (where since < ?) from (select ((select"
                        + " max(rr.decided_at) from evaluation_report_record rr where rr.report_id = r.id)"
                        + " at time zone 'Asia/Shanghai')::date as since from evaluation_assignment a"
                        + " join evaluation_report r on r.id = a.report_id where a.expert_id = ? and a.conflict_reason"
                        + " is null and a.judgement is null and r.status = 'CITY_REVIEW') w")
                .params(overdueBefore, expertId)
                .query((rs, n) -> new TodoDeadlines.Waiting(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getLong(3)))
                .single();
    }

    public boolean judge(long reportId, long expertId, BigDecimal judgement, String comment, Instant at) {
        return jdbc.sql("""
                update evaluation_assignment set judgement = ?, comment = ?, judged_at = ?
                 where report_id = ? and expert_id = ? and conflict_reason is null""")
                .params(judgement, comment == null || comment.isBlank() ? null : comment.strip(), Timestamp.from(at),
                        reportId, expertId)
                .update() == 1;
    }

    public boolean assigned(long reportId, long expertId) {
        return jdbc.sql("""
                select count(*) from evaluation_assignment
                 where report_id = ? and expert_id = ? and conflict_reason is null""")
                .params(reportId, expertId).query(Integer.class).single() > 0;
    }

    /**
     * The expert declared a conflict of interest (DOMAIN.md §3): their judgement is dropped and they are no longer
     * assigned; the row stays so that assigning the year again does not bring them back.
     */
    public boolean declareConflict(long reportId, long expertId, String reason, Instant at) {
        return jdbc.sql("""
                update evaluation_assignment set conflict_reason = ?, conflict_declared_at = ?, judgement = null,
                       comment = null, judged_at = null
                 where report_id = ? and expert_id = ? and conflict_reason is null""")
                .params(reason.strip(), Timestamp.from(at), reportId, expertId).update() == 1;
    }

    private static JudgementView judgement(java.sql.ResultSet rs, Map<Long, String> names) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("judged_at");
        long expertId = rs.getLong("expert_id");
        return new JudgementView(rs.getLong("id"), rs.getLong("report_id"), expertId,
                names.getOrDefault(expertId, "#" + expertId), rs.getBigDecimal("judgement"), rs.getString("comment"),
                at == null ? null : at.toInstant());
    }
}
