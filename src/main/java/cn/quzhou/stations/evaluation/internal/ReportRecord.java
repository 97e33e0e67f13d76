package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.RouteDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opinion box of a self-report. */
@Entity
@Table(name = "evaluation_report_record")
public class ReportRecord extends RouteRecord {

    @Column(name = "report_id")
    private long reportId;

    protected ReportRecord() {
    }

    ReportRecord(long reportId, int seq, String step, RouteDecision decision, Actor actor, String opinion, Instant at) {
        super(seq, step, decision, actor, opinion, at);
        this.reportId = reportId;
    }
}
