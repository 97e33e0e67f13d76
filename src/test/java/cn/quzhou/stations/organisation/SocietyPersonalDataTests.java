package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A society's phone is sealed at rest (read back by SQL as ciphertext), opened only for the city CAST's editor, masked
 * on the list page and over the API for every reader, shown in full by an audited "显示" to the reviewing offices and
 * refused (403, audited) to the others; the audit trail of its changes holds it masked.
 */
class SocietyPersonalDataTests extends PlatformTest {

    private static final String PHONE = "13512345678";
    private static final String MASKED = "135****5678";

    @Autowired
    Societies societies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private String name;
    private long id;

    @BeforeEach
    void setUp() {
        world.ensure();
        name = "密文学会" + System.nanoTime() % 1_000_000;
        id = as(world.user(Role.CITY_CAST), () -> societies.create(new SocietyCommand(name, SocietyLevel.NATIONAL, null,
                "王秘书", PHONE))).id();
    }

    @Test
    void theStoredPhoneIsCiphertextThatOnlyTheEditorReadsBackInFull() throws Exception {
        assertThat(stored()).startsWith("sm4:1:").doesNotContain(PHONE);
        assertThat(as(world.user(Role.CITY_CAST), () -> societies.get(id)).phone()).isEqualTo(PHONE);
        assertThat(mvc.perform(get("/societies/{id}/edit", id).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(PHONE);
    }

    @ParameterizedTest(name = "{0} sees the phone masked on the list page and over the API")
    @EnumSource(value = Role.class, names = {"COUNTY_CAST", "COUNTY_TALENT", "CITY_CAST", "APPLICANT", "SOCIETY_CONTACT"})
    void everyReaderSeesThePhoneMaskedOnThePageAndOverTheApi(Role role) throws Exception {
        for (String path : new String[] {"/societies", "/api/societies"}) {
            String body = mvc.perform(get(path).param("q", name).with(user(world.user(role))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).contains(name).contains(MASKED).doesNotContain(PHONE);
        }
    }

    @Test
    void aCountyReviewerRevealsThePhoneAndTheRevealIsAudited() throws Exception {
        var reviewer = world.user(Role.COUNTY_CAST);
        assertThat(listPage(reviewer)).contains("hx-get=\"/societies/" + id + "/personal/phone\"");
        String shown = mvc.perform(get("/societies/{id}/personal/phone", id).with(user(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(PHONE).contains("id=\"pd-phone-" + id + "\"");
        assertThat(lastAudit(reviewer.getUsername())).containsEntry("action", "personal.reveal")
                .containsEntry("object_type", "society").containsEntry("object_id", Long.toString(id))
                .containsEntry("summary", "phone").containsEntry("outcome", "SUCCESS");
    }

    @Test
    void anApplicantSeesNoRevealButtonAndARevealIsRefusedAndAudited() throws Exception {
        var applicant = world.user(Role.APPLICANT);
        assertThat(listPage(applicant)).contains(MASKED).doesNotContain("/personal/phone");
        mvc.perform(get("/societies/{id}/personal/phone", id).with(user(applicant))).andExpect(status().isForbidden());
        assertThat(lastAudit(applicant.getUsername())).containsEntry("action", "access.denied")
                .containsEntry("outcome", "DENIED").containsEntry("summary", "GET /societies/" + id + "/personal/phone");
    }

    @Test
    void theAuditTrailOfCreatingAndChangingASocietyHoldsThePhoneMasked() {
        var city = world.user(Role.CITY_CAST);
        as(city, () -> societies.update(id, societies.get(id).version(),
                new SocietyCommand(name, SocietyLevel.NATIONAL, null, "王秘书", "13698765432")));
        String created = summary("society.create");
        String updated = summary("society.update");
        assertThat(created).contains("phone: null → " + MASKED).doesNotContain(PHONE);
        assertThat(updated).isEqualTo("phone: " + MASKED + " → 136****5432");
    }

    @Test
    void aPhoneLeftInClearIsSealedByTheStartUpStep() throws Exception {
        jdbc.sql("update society set phone = ? where id = ?").params("0570-3012345", id).update();
        context.getBean("societyDataSealing", ApplicationRunner.class).run(null);
        assertThat(stored()).startsWith("sm4:1:").doesNotContain("3012345");
        assertThat(as(world.user(Role.CITY_CAST), () -> societies.get(id)).phone()).isEqualTo("0570-3012345");
        assertThat(listPage(world.user(Role.CITY_CAST))).contains("********2345").doesNotContain("0570-3012345");
    }

    private String stored() {
        return jdbc.sql("select phone from society where id = ?").param(id).query(String.class).single();
    }

    private String listPage(PlatformUser viewer) throws Exception {
        return mvc.perform(get("/societies").param("q", name).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String summary(String action) {
        return jdbc.sql("select summary from audit_event where action = ? and object_id = ? order by id desc limit 1")
                .params(action, Long.toString(id)).query(String.class).single();
    }

    private Map<String, Object> lastAudit(String actor) {
        return jdbc.sql("select action, object_type, object_id, outcome, summary from audit_event where actor = ?"
                + " order by id desc limit 1").param(actor).query().singleRow();
    }
}
