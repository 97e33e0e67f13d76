package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.PanelOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An application of a panel's batch, and the panel's outcome for it once the list is fixed. */
@Entity
@Table(name = "review_panel_application")
public class PanelEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private long applicationId;
    @Enumerated(EnumType.STRING)
    private PanelOutcome outcome;
    private BigDecimal aggregate;
    private String reason;

    protected PanelEntry() {
    }

    public PanelEntry(long panelId, long applicationId) {
        this.panelId = panelId;
        this.applicationId = applicationId;
    }

    public void decided(PanelOutcome outcome, BigDecimal aggregate, String reason) {
        this.outcome = outcome;
        this.aggregate = aggregate;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public long getApplicationId() { return applicationId; }
    public PanelOutcome getOutcome() { return outcome; }
    public BigDecimal getAggregate() { return aggregate; }
    public String getReason() { return reason; }
}
