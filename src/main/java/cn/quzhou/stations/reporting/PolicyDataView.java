package cn.quzhou.stations.reporting;

import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.funding.GrantAmountView;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.UnitNature;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy data in force on {@code day}, each part read from where the platform's rules read it: the dictionaries
 * of appendix 1, the indicator table and grading parameters, the grant amounts, the notice length and the format of
 * document numbers (with an example of this year's first number).
 */
public record PolicyDataView(LocalDate day, List<UnitNature> unitNatures, List<BusinessField> businessFields,
                             PolicyVersion indicators, List<GrantAmountView> grants, int noticeWorkingDays,
                             String documentNumberFormat, String documentNumberExample) {
}
