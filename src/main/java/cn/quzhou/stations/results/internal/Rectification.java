package cn.quzhou.stations.results.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.results.RectificationMoved;
import cn.quzhou.stations.results.RectificationView.Status;
import cn.quzhou.stations.results.RectificationView.Status.Move;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A rectification task (Art. 17) as an aggregate: the host unit reports, the county or city CAST accepts (CLOSED) or
 * returns (OPEN again), the city CAST moves the deadline, a correction or revocation cancels it. Every move goes
 * through {@link Status#after}; a move the state does not allow is a conflict (409) with the message the task's page
 * shows. The task is opened — numbered, with the names of the result in force — by {@link RectificationStore#open}.
 */
@Entity
@Table(name = "rectification")
public class Rectification extends AbstractAggregateRoot<Rectification> {

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate deadline;
    private String report;
    private UUID reportFileId;
    private String reportFileName;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private String cancelReason;
    @Version
    private int version;

    protected Rectification() {
    }

    /** The host unit's report ({@code fileId} and {@code fileName} null without an evidence file). */
    public void submit(String report, UUID fileId, String fileName, String by, Instant at) {
        take(Move.SUBMIT);
        this.report = report;
        reportFileId = fileId;
        reportFileName = fileName;
        submittedBy = by;
        submittedAt = at;
    }

    /** The reviewer accepts the report: the task is closed. */
    public void accept(String by, Instant at, String note) {
        decide(Move.ACCEPT, by, at, note);
    }

    /** The reviewer returns the report with a reason: the task is open again. */
    public void returnReport(String by, Instant at, String note) {
        decide(Move.RETURN, by, at, note);
    }

    /** Another deadline (the city CAST's), while the task is not finished. */
    public void moveDeadline(LocalDate deadline) {
        take(Move.SET_DEADLINE);
        this.deadline = deadline;
    }

    /** Whether the task can still be cancelled (it is open or submitted). */
    public boolean cancellable() {
        return status.after(Move.CANCEL).isPresent();
    }

    public void cancel(String reason) {
        take(Move.CANCEL);
        cancelReason = reason;
    }

    private void decide(Move move, String by, Instant at, String note) {
        take(move);
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    private void take(Move move) {
        Status from = status;
        status = next(move);
        registerEvent(new RectificationMoved(id, move, from, status));
    }

    /** Refuses (409) when {@code move} is not possible from the current state. */
    public void expect(Move move) {
        next(move);
    }

    private Status next(Move move) {
        return status.after(move).orElseThrow(() -> switch (move) {
            case SUBMIT -> ConflictException.of("results.rectification.error.notOpen");
            case ACCEPT, RETURN -> ConflictException.of("results.rectification.error.notSubmitted");
            case SET_DEADLINE, CANCEL -> ConflictException.of("results.rectification.error.finished");
        });
    }

    public Long getId() { return id; }
    public Status getStatus() { return status; }
    public LocalDate getDeadline() { return deadline; }
    public int getVersion() { return version; }
}
