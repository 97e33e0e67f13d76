package cn.quzhou.stations.funding;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The funding 待办 lines' one statement each: count, oldest day and overdue over a query of the items' {@code since}. */
final class FundingTodoSql {

    private FundingTodoSql() {
    }

    static TodoDeadlines.Waiting waiting(JdbcClient jdbc, String items, LocalDate overdueBefore) {
        return jdbc.sql("select count(*), min(since), count(*) filter (where since < ?) from (" + items + ") w")
                .param(overdueBefore)
                .query((rs, n) -> new TodoDeadlines.Waiting(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)))
                .single();
    }
}
