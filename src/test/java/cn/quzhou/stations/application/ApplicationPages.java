package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.internal.Society;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** Steps on the application pages that several browser journeys take. */
final class ApplicationPages {

    private ApplicationPages() {
    }

    static void decide(Page page, String decision, String opinion) {
        page.check("#review-form input[name=decision][value=" + decision + "]");
        page.fill("#opinion", opinion);
        page.check("#sealConfirmed");
        page.click("#review-form button[type=submit]");
    }

    static void fillForm(Page p, String station, Society society, String level) {
        p.fill("#stationName", station);
        p.fill("#legalRepresentative", "张法人");
        p.fill("#contactName", "李联系");
        p.fill("#contactMobile", "13800000000");
        p.check("input[name=level][value=" + level + "]");
        p.fill("#unitOverview", "单位规模与优势");
        p.fill("#industryOverview", "服务产业情况");
        // choosing the society asks the server (htmx, on change) and swaps its answer in under the select, moving the
        // rest of the form down: wait for it, or on a slow server a later check lands on a form that moves under it
        p.waitForResponse(r -> r.url().contains("/applications/society-check"),
                () -> p.selectOption("#societyId", new SelectOption().setValue(String.valueOf(society.getId()))));
        p.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
        p.fill("#societyLegalRep", "王会长");
        p.fill("#societyContact", "赵联络");
        p.fill("#societyContactMobile", "13700000000");
        p.fill("#societyOverview", "学会业务领域");
        p.fill("#purposePlan", "建站目的与工作计划");
        p.fill("#agreementSignedOn", "2026-03-01");
        p.fill("input[name='experts[0].name']", "孙专家");
        p.fill("input[name='experts[0].field']", "化工材料");
        p.fill("input[name='experts[0].organisation']", "某大学");
        p.fill("#responsibleName", "钱负责");
        p.fill("#responsiblePhone", "13600000000");
        p.check("#officeDeclared");
        p.check("#fundingDeclared");
        p.check("#rulesDeclared");
    }
}
