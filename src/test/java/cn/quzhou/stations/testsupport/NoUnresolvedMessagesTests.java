package cn.quzhou.stations.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check every page test runs catches what Thymeleaf writes for a message it cannot resolve, and only that. */
class NoUnresolvedMessagesTests {

    @ParameterizedTest(name = "{0} → unresolved: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            <div>??panel.error.scoreRange_zh_CN??</div>                                                 | true
            <div>??cn.quzhou.stations.shared.BusinessRuleException: panel.error.scoreRange_zh_CN??</div> | true
            <div>??notice.saved_en??</div>                                                              | true
            <div>“技术”的得分须在 0 至 30 分之间。</div>                                                     | false
            <input value="什么??">                                                                        | false
            """)
    void aPageShowingAnUnresolvedKeyIsCaught(String html, boolean unresolved) {
        assertThat(NoUnresolvedMessages.firstUnresolved(html) != null).isEqualTo(unresolved);
    }
}
