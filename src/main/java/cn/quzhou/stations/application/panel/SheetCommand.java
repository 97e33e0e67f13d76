package cn.quzhou.stations.application.panel;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/** What an expert fills in: points per criterion code, and a comment. */
public record SheetCommand(Map<String, BigDecimal> scores, @Size(max = 4000) String comment) {
}
