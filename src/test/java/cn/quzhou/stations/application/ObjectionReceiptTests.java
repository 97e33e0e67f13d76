package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.ResolveObjectionCommand;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** 异议回执号: the objector is shown a receipt number and, with the contact's tail, looks up the outcome. */
class ObjectionReceiptTests extends PlatformTest {

    private static final Pattern RECEIPT = Pattern.compile("YY\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    PublicNotices notices;

    @Autowired
    JdbcClient jdbc;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = applicationFixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void theObjectorIsShownAReceiptThatFindsTheStateAndLaterTheOutcomeButNoPersonalData() throws Exception {
        long app = fixtures.inPublicNotice("回执服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        String receipt = receiptOn(mvc.perform(objection(app, "10.14.0.1", "回执异议内容")).andReturn().getResponse());
        assertThat(receipt).startsWith("YY" + fixtures.today().getYear() + "-");

        String open = lookup(receipt.toLowerCase().replace("-", " - "), "2222", "10.14.0.2").getContentAsString();
        assertThat(open).contains("回执服务站", "待处理").doesNotContain("回执异议人", "13511112222", "回执异议内容");

        long objection = jdbc.sql("select id from notice_objection where receipt = ?").param(receipt)
                .query(Long.class).single();
        as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(false, "经核实，反映问题不属实。", fixtures.objectionVersion(objection))));
        assertThat(lookup(receipt, "2222", "10.14.0.2").getContentAsString())
                .contains("异议不成立", "经核实，反映问题不属实。");
    }

    @Test
    void aWrongContactTailGetsTheSameAnswerAsAReceiptThatDoesNotExist() throws Exception {
        long app = fixtures.inPublicNotice("回执核对服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        String receipt = notices.object(new ObjectionCommand(notice, app, "核对人", "13511113333", "内容", null),
                null, null, "10.14.1.1");
        String wrongTail = lookup(receipt, "2222", "10.14.1.2").getContentAsString();
        String unknown = lookup("YY2026-0000-0000", "3333", "10.14.1.2").getContentAsString();
        assertThat(wrongTail).contains("没有与该回执号和联系方式相符的异议").doesNotContain("回执核对服务站");
        assertThat(unknown).contains("没有与该回执号和联系方式相符的异议");
        assertThat(withoutToken(wrongTail)).isEqualTo(withoutToken(unknown));
        assertThat(lookup(receipt, "3333", "10.14.1.3").getContentAsString()).contains("回执核对服务站");
    }

    @Test
    void tenMissesFromOneAddressWithinTheHourStopTheLookUpsFromThere() throws Exception {
        long app = fixtures.inPublicNotice("回执限流服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        String receipt = notices.object(new ObjectionCommand(notice, app, "限流人", "13511114444", "内容", null),
                null, null, "10.14.2.1");
        for (int i = 0; i < 10; i++) {
            assertThat(lookup("YY2026-0000-000" + i, "4444", "10.14.2.2").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = lookup(receipt, "4444", "10.14.2.2");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("查询过于频繁").doesNotContain("回执限流服务站");
        assertThat(lookup(receipt, "4444", "10.14.2.3").getContentAsString()).contains("回执限流服务站");
        clock.advance(java.time.Duration.ofMinutes(61));
        assertThat(lookup(receipt, "4444", "10.14.2.2").getContentAsString()).contains("回执限流服务站");
    }

    @Test
    void aBotThatFillsTheHoneypotIsShownAReceiptThatFindsNothing() throws Exception {
        long app = fixtures.inPublicNotice("回执蜜罐服务站", society);
        fixtures.runningToday(List.of(app));
        String receipt = receiptOn(mvc.perform(objection(app, "10.14.3.1", "机器人").param("website", "http://spam.example"))
                .andReturn().getResponse());
        assertThat(lookup(receipt, "2222", "10.14.3.2").getContentAsString())
                .contains("没有与该回执号和联系方式相符的异议");
    }

    @Test
    void everyObjectionGetsItsOwnRandomReceipt() {
        long app = fixtures.inPublicNotice("回执唯一服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        List<String> receipts = java.util.stream.IntStream.range(0, 4).mapToObj(i -> notices.object(
                new ObjectionCommand(notice, app, "唯一" + i, "1351111000" + i, "内容", null), null, null, "10.14.4.1"))
                .toList();
        assertThat(receipts).doesNotHaveDuplicates().allMatch(r -> RECEIPT.matcher(r).matches());
        assertThat(jdbc.sql("select count(distinct receipt) from notice_objection where notice_id = ?").param(notice)
                .query(Integer.class).single()).isEqualTo(4);
    }

    private MockHttpServletResponse lookup(String receipt, String tail, String ip) throws Exception {
        return mvc.perform(post("/public/objections/lookup").param("receipt", receipt).param("contactTail", tail)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                })).andReturn().getResponse();
    }

    private static String receiptOn(MockHttpServletResponse page) throws Exception {
        Matcher m = RECEIPT.matcher(page.getContentAsString());
        assertThat(m.find()).as("a receipt number on the page").isTrue();
        return m.group();
    }

    /** The page without what differs by request only: the CSRF token and the values typed back into the form. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\"[^>]*", "").replaceAll("(content|value)=\"[^\"]*\"", "");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder objection(
            long applicationId, String ip, String content) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/public/notices/objections").param("applicationId", String.valueOf(applicationId))
                        .param("name", "回执异议人").param("contact", "13511112222").param("content", content)
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr(ip);
                            return request;
                        });
    }
}
