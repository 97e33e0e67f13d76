package cn.quzhou.stations.application.panel.internal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion of a review sheet version, with its maximum points. */
@Embeddable
public class SheetCriterionRow {

    private int position;
    private String code;
    private String nameZh;
    private String nameEn;
    private BigDecimal maxPoints;

    protected SheetCriterionRow() {
    }

    public int getPosition() { return position; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public BigDecimal getMaxPoints() { return maxPoints; }
}
