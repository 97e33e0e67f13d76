package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.reporting.PolicyData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 数据字典/参数: the policy data in force on a chosen day (today by default), read-only, for the offices. */
@Controller
class PolicyDataController {

    private final PolicyData policyData;

    PolicyDataController(PolicyData policyData) {
        this.policyData = policyData;
    }

    /** {@code on}: the day whose policy is shown (today when absent or not a date). */
    @GetMapping("/reports/policy-data")
    String show(@RequestParam(required = false) String on, Model model) {
        model.addAttribute("data", policyData.inForce(day(on)));
        return "reporting/policy-data";
    }

    private static LocalDate day(String on) {
        try {
            return on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
