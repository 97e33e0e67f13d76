package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.OpinionView;
import cn.quzhou.stations.evaluation.RouteDecision;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** One opinion box of the route. Never changed. */
@MappedSuperclass
abstract class RouteRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int seq;
    private String step;
    @Enumerated(EnumType.STRING)
    private RouteDecision decision;
    private String office;
    private long actorId;
    private String actorName;
    @Column(length = 2000)
    private String opinion;
    private Instant decidedAt;

    protected RouteRecord() {
    }

    RouteRecord(int seq, String step, RouteDecision decision, Actor actor, String opinion, Instant at) {
        this.seq = seq;
        this.step = step;
        this.decision = decision;
        this.office = actor.office();
        this.actorId = actor.accountId();
        this.actorName = actor.name();
        this.opinion = opinion;
        this.decidedAt = at;
    }

    public String getStep() { return step; }
    public RouteDecision getDecision() { return decision; }
    public long getActorId() { return actorId; }

    public OpinionView view() {
        return new OpinionView(seq, step, decision, office, actorName, opinion, decidedAt);
    }
}
