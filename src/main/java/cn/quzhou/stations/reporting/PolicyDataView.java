package cn.quzhou.stations.reporting;

import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.funding.GrantAmountView;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.PolicyTerm;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy data in force on {@code day} ({@code today}: the default), each part read from where the platform's
 * rules read it: the dictionaries of appendix 1, the indicator table and grading parameters (null before the first
 * measures), the grant amounts, the other dated numbers with their versions ({@code terms}: cooperation period,
 * notice length, deadline terms, working calendar, resubmission and rectification periods) and the format of
 * document numbers (with an example of the day's year's first number).
 */
public record PolicyDataView(LocalDate day, LocalDate today, List<UnitNature> unitNatures,
                             List<BusinessField> businessFields, PolicyVersion indicators,
                             List<GrantAmountView> grants, List<PolicyTerm> terms, String documentNumberFormat,
                             String documentNumberExample) {
}
