package cn.quzhou.stations.application.panel.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A dated version of the review sheet (评审表): its criteria and maximum points, and how the experts'
 * totals are aggregated. Policy data (table review_sheet_policy), never changed by the platform.
 */
@Entity
@Table(name = "review_sheet_policy")
public class SheetPolicy {

    @Id
    private Long id;
    private String name;
    private LocalDate effectiveFrom;
    private String aggregation;
    private boolean trimExtremes;
    private int trimMinSheets;
    private int scoreDecimals;
    private int resultDecimals;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_sheet_criterion", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderBy("position")
    private List<SheetCriterionRow> criteria = new ArrayList<>();

    protected SheetPolicy() {
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getAggregation() { return aggregation; }
    public boolean isTrimExtremes() { return trimExtremes; }
    public int getTrimMinSheets() { return trimMinSheets; }
    public int getScoreDecimals() { return scoreDecimals; }
    public int getResultDecimals() { return resultDecimals; }
    public List<SheetCriterionRow> getCriteria() { return List.copyOf(criteria); }
}
