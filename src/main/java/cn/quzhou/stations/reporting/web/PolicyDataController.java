package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.shared.Input;
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

    /** {@code on}: the day whose policy is shown (today when absent, not a date or out of range). */
    @GetMapping("/reports/policy-data")
    String show(@RequestParam(required = false) String on, Model model) {
        model.addAttribute("data", policyData.inForce(day(on)));
        return "reporting/policy-data";
    }

    /** A day outside the years any input may name (Input.inRange) is no day either: today is shown. */
    private static LocalDate day(String on) {
        try {
            LocalDate day = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
            return day != null && Input.inRange(day) ? day : null;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
