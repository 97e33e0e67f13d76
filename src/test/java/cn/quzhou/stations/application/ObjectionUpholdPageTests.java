package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.PageMessage;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Issue #14 item 3: upholding an objection on the page (the application is not recognised) needs the tick. */
class ObjectionUpholdPageTests extends PlatformTest {

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anObjectionIsUpheldOnlyOnceTheConsequenceIsConfirmedAndTheTypedReasonStays() throws Exception {
        world.ensure();
        long app = fixtures.inPublicNotice("异议成立确认服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.runningToday(List.of(app));
        long objection = fixtures.objection(notice, app, "10.14.3.1");

        MvcResult asked = mvc.perform(uphold(notice, objection)).andReturn();
        assertThat(asked.getFlashMap().get("unconfirmed")).isEqualTo(PageMessage.of("notice.objection.upholdUnconfirmed"));
        assertThat(asked.getFlashMap().get("typedReason")).isEqualTo("举报属实（确认）");
        assertThat(status(objection)).isEqualTo("OPEN");

        mvc.perform(uphold(notice, objection).param("confirmed", "true"));
        assertThat(status(objection)).isEqualTo("UPHELD");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder uphold(long notice, long objection) {
        return post("/applications/notices/{id}/objections/{o}/resolve", notice, objection)
                .with(user(world.user(Role.CITY_CAST))).with(csrf()).param("upheld", "true")
                .param("reason", "举报属实（确认）").param("version", String.valueOf(fixtures.objectionVersion(objection)));
    }

    private String status(long objection) {
        return jdbc.sql("select status from notice_objection where id = ?").param(objection).query(String.class).single();
    }
}
