package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.RouteDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opinion box of a round (decision, talent office, publication). */
@Entity
@Table(name = "evaluation_round_record")
public class RoundRecord extends RouteRecord {

    @Column(name = "round_id")
    private long roundId;

    protected RoundRecord() {
    }

    RoundRecord(long roundId, int seq, String step, RouteDecision decision, Actor actor, String opinion, Instant at) {
        super(seq, step, decision, actor, opinion, at);
        this.roundId = roundId;
    }
}
