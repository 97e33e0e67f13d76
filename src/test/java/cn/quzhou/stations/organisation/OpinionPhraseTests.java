package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 常用意见: a reviewer saves phrases, the review forms offer them beside the opinion box; each account its own. */
class OpinionPhraseTests extends PlatformTest {

    @Autowired
    OpinionPhrases phrases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private PlatformUser reviewer;

    @BeforeEach
    void setUp() {
        world.ensure();
        reviewer = fresh("phrase-reviewer");
    }

    @Test
    void aPhraseSavedOnItsPageIsListedThereAndAudited() throws Exception {
        mvc.perform(post("/account/phrases").param("text", "  材料齐全，同意上报。 ").with(user(reviewer)).with(csrf()));
        assertThat(as(reviewer, () -> phrases.mine())).extracting(OpinionPhraseView::text)
                .containsExactly("材料齐全，同意上报。");
        String page = mvc.perform(get("/account/phrases").with(user(reviewer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("材料齐全，同意上报。");
        assertThat(audited()).contains("phrase.create");
    }

    @Test
    void aPhraseIsSavedOnceAndAnEmptyOneNotAtAll() {
        as(reviewer, () -> phrases.save("请补充共建协议。"));
        assertThatThrownBy(() -> as(reviewer, () -> phrases.save("请补充共建协议。")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("phrase.error.duplicate");
        assertThatThrownBy(() -> as(reviewer, () -> phrases.save("   ")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("phrase.error.empty");
    }

    @Test
    void anotherAccountNeitherSeesNorDeletesMyPhrases() {
        long id = as(reviewer, () -> phrases.save("经审核，符合申报条件。"));
        PlatformUser other = fresh("phrase-other");
        assertThat(as(other, () -> phrases.mine())).extracting(OpinionPhraseView::text)
                .doesNotContain("经审核，符合申报条件。");
        assertThatThrownBy(() -> as(other, () -> {
            phrases.delete(id);
            return null;
        })).isInstanceOf(NotFoundException.class);
        as(reviewer, () -> {
            phrases.delete(id);
            return null;
        });
        assertThat(as(reviewer, () -> phrases.mine())).isEmpty();
        assertThat(audited()).containsSubsequence("phrase.create", "phrase.delete");
    }

    /** The audited operations on the reviewer's phrases (the audit summary is the phrase, unique to this class). */
    private List<String> audited() {
        return jdbc.sql("select action from audit_event where object_type = 'opinion_phrase' and actor = ? order by id")
                .param(reviewer.getUsername()).query(String.class).list();
    }

    /** A new account without any role: phrases are anybody's who signs in. */
    private PlatformUser fresh(String prefix) {
        return (PlatformUser) users.loadUserByUsername(world.freshAccount(prefix, null, null).getUsername());
    }
}
