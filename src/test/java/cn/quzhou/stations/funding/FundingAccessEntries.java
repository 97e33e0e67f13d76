package cn.quzhou.stations.funding;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The funding endpoints. The foreign records belong to the city-direct unit (not the world's 江山 unit): only the
 * city offices see them; only the city CAST pays, approves, records repayments and reconciles; nobody of the world
 * may write in that unit's ledger (its own applicant is not a world role).
 */
class FundingAccessEntries implements AccessMatrix.Contribution {

    private static final int YEAR = TestYears.claim(2166);

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        FundingFixtures funding = context.getBean(FundingFixtures.class);
        Grants grants = context.getBean(Grants.class);
        FundsLedgers ledgers = context.getBean(FundsLedgers.class);
        Clawbacks clawbacks = context.getBean(Clawbacks.class);
        ApplicationFixtures applications = context.getBean(ApplicationFixtures.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        var city = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
        var cast = EnumSet.of(Role.CITY_CAST);
        var nobody = EnumSet.noneOf(Role.class);
        var readers = EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST, Role.CITY_TALENT);

        // a paid station with an expense and its voucher
        String name = "矩阵资助服务站" + AccessMatrix.next() + "号";
        long paid = funding.national(name);
        funding.publish(paid, YEAR, 1, 1, Grade.QUALIFIED);
        funding.pay(paid, YEAR);
        long instalment = funding.instalment(paid, YEAR).id();
        long entry = ApplicationFixtures.as(applications.cityApplicant(), () -> ledgers.recordExpense(paid,
                new ExpenseCommand(today, new BigDecimal("100.00"), "MATERIALS", "某公司", "材料", "矩阵项目"),
                "凭证.pdf", new ByteArrayInputStream(TestFiles.pdf()))).id();
        // instalments due (one for the page, one for the API), payments awaiting the world CITY_CAST's approval
        long webDue = due(funding, "矩阵待拨服务站");
        long apiDue = funding.national("矩阵接口待拨服务站" + AccessMatrix.next() + "号");
        funding.publish(apiDue, YEAR, 1, 1, Grade.QUALIFIED);
        long webPending = pending(funding, grants, due(funding, "矩阵待审服务站"));
        long apiPending = pending(funding, grants, due(funding, "矩阵接口待审服务站"));
        // a revoked station with its clawback open
        String revokedName = "矩阵追缴服务站" + AccessMatrix.next() + "号";
        long revoked = funding.national(revokedName);
        funding.publish(revoked, YEAR, 1, 1, Grade.QUALIFIED);
        funding.pay(revoked, YEAR);
        funding.revoke(revoked);
        long clawback = ApplicationFixtures.as(w.user(Role.CITY_CAST), () -> clawbacks.ofStation(revoked))
                .orElseThrow().id();

        m.put("GET /funding", list(city, () -> get("/funding").param("q", name), name));
        m.put("GET /funding/export", page(readers, () -> get("/funding/export").param("q", name)));
        m.put("GET /funding/ledgers", list(city, () -> get("/funding/ledgers").param("q", name), name));
        m.put("GET /funding/ledgers/export", page(readers, () -> get("/funding/ledgers/export").param("q", name)));
        m.put("GET /funding/ledgers/{stationId}/export", page(city, () -> get("/funding/ledgers/{s}/export", paid)));
        m.put("GET /funding/instalments/{id}", page(city, () -> get("/funding/instalments/{id}", instalment)));
        m.put("POST /funding/instalments/{id}/payments", action(cast, () -> post("/funding/instalments/{id}/payments", webDue)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("paidOn", today.toString())
                .param("amount", "500000.00").param("documentNumber", "矩阵拨付").param("bankReference", "矩阵流水")
                .param("confirmed", "true")));
        m.put("POST /funding/payments/{paymentId}/approve", action(cast,
                () -> post("/funding/payments/{p}/approve", webPending).param("instalmentId", "0").param("confirmed", "true")));
        m.put("GET /funding/ledgers/{stationId}", page(city, () -> get("/funding/ledgers/{s}", paid)));
        m.put("POST /funding/ledgers/{stationId}/expenses", action(nobody, () -> multipart("/funding/ledgers/{s}/expenses", paid)
                .param("entryDate", today.toString()).param("amount", "1.00").param("category", "MATERIALS")
                .param("payee", "越权").param("purpose", "越权").param("project", "越权")));
        m.put("POST /funding/ledgers/{stationId}/entries/{entryId}/reverse", action(nobody,
                () -> post("/funding/ledgers/{s}/entries/{e}/reverse", paid, entry).param("reason", "越权")));
        m.put("GET /funding/ledgers/{stationId}/entries/{entryId}/voucher", page(city,
                () -> get("/funding/ledgers/{s}/entries/{e}/voucher", paid, entry)));
        m.put("GET /funding/ledgers/{stationId}/report.pdf", page(city,
                () -> get("/funding/ledgers/{s}/report.pdf", paid).param("year", String.valueOf(today.getYear()))));
        m.put("GET /funding/ledgers/{stationId}/report.xlsx", page(city,
                () -> get("/funding/ledgers/{s}/report.xlsx", paid).param("year", String.valueOf(today.getYear()))));
        m.put("GET /funding/clawbacks", list(city, () -> get("/funding/clawbacks").param("q", revokedName), revokedName));
        m.put("GET /funding/clawbacks/export", page(readers, () -> get("/funding/clawbacks/export").param("q", revokedName)));
        m.put("GET /funding/clawbacks/{id}", page(city, () -> get("/funding/clawbacks/{id}", clawback)));
        m.put("POST /funding/clawbacks/{id}/repayments", action(cast, () -> post("/funding/clawbacks/{id}/repayments", clawback)
                .param("repaidOn", today.toString()).param("amount", "1.00").param("reference", "矩阵缴回")));
        m.put("GET /funding/reconciliation", page(cast, () -> get("/funding/reconciliation")));
        m.put("POST /funding/reconciliation", action(cast, () -> post("/funding/reconciliation")));
        m.put("GET /funding/overview", page(city, () -> get("/funding/overview")));
        m.put("GET /funding/overview.xlsx", page(city, () -> get("/funding/overview.xlsx")));

        String json = "{\"paidOn\":\"" + today + "\",\"amount\":500000.00,\"documentNumber\":\"矩阵\",\"bankReference\":\"矩阵\"}";
        m.put("GET /api/funding/instalments", list(city, () -> get("/api/funding/instalments").param("q", name), name));
        m.put("GET /api/funding/instalments/{id}", api(city, () -> get("/api/funding/instalments/{id}", instalment)));
        m.put("POST /api/funding/stations/{stationId}/years/{year}/payment", api(cast,
                () -> post("/api/funding/stations/{s}/years/{y}/payment", apiDue, YEAR)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json)));
        m.put("POST /api/funding/payments/{id}/approval", api(cast, () -> post("/api/funding/payments/{id}/approval", apiPending)));
        m.put("GET /api/funding/categories", api(readers, () -> get("/api/funding/categories")));
        m.put("GET /api/funding/ledgers", list(city, () -> get("/api/funding/ledgers").param("q", name), name));
        m.put("GET /api/funding/ledgers/{stationId}/entries", api(city, () -> get("/api/funding/ledgers/{s}/entries", paid)));
        m.put("GET /api/funding/ledgers/{stationId}", api(city, () -> get("/api/funding/ledgers/{s}", paid)));
        m.put("POST /api/funding/ledgers/{stationId}/expenses", api(nobody, () -> post("/api/funding/ledgers/{s}/expenses", paid)
                .contentType(MediaType.APPLICATION_JSON).content("{\"entryDate\":\"" + today
                        + "\",\"amount\":1.00,\"category\":\"MATERIALS\",\"payee\":\"越权\",\"purpose\":\"越权\",\"project\":\"越权\"}")));
        m.put("POST /api/funding/ledgers/{stationId}/entries/{entryId}/reversal", api(nobody,
                () -> post("/api/funding/ledgers/{s}/entries/{e}/reversal", paid, entry)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"越权\"}")));
        m.put("GET /api/funding/ledgers/{stationId}/usage", api(city,
                () -> get("/api/funding/ledgers/{s}/usage", paid).param("year", String.valueOf(today.getYear()))));
        m.put("GET /api/funding/clawbacks", list(city, () -> get("/api/funding/clawbacks").param("q", revokedName), revokedName));
        m.put("GET /api/funding/clawbacks/{id}", api(city, () -> get("/api/funding/clawbacks/{id}", clawback)));
        m.put("POST /api/funding/clawbacks/{id}/repayments", api(cast, () -> post("/api/funding/clawbacks/{id}/repayments", clawback)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"repaidOn\":\"" + today + "\",\"amount\":1.00,\"reference\":\"矩阵接口缴回\"}")));
        m.put("GET /api/funding/reconciliation", api(cast, () -> get("/api/funding/reconciliation")));
        m.put("POST /api/funding/reconciliation", api(cast, () -> post("/api/funding/reconciliation")));
        m.put("GET /api/funding/overview", api(city, () -> get("/api/funding/overview")));
    }

    private static long due(FundingFixtures funding, String prefix) {
        long station = funding.national(prefix + AccessMatrix.next() + "号");
        funding.publish(station, YEAR, 1, 1, Grade.QUALIFIED);
        return funding.instalment(station, YEAR).id();
    }

    /** A disbursement recorded by the second city CAST official, so that the world's CITY_CAST may approve it. */
    private static long pending(FundingFixtures funding, Grants grants, long instalment) {
        return ApplicationFixtures.as(funding.secondCityCast(), () -> grants.record(instalment,
                funding.payment(new BigDecimal("500000.00")), UUID.randomUUID().toString())).id();
    }
}
