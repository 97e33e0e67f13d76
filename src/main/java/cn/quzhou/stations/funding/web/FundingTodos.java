package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办 of the city CAST: instalments due to be disbursed, disbursements awaiting a second official's approval, clawbacks
 * still open — each one statement in the database (partial indexes serve them) with its oldest item's deadline (the
 * platform's service terms, V52), the working days waited and the overdue, each linking to its filtered list.
 */
@Component
class FundingTodos implements TodoSource {

    private final Grants grants;
    private final Clawbacks clawbacks;
    private final TodoDeadlines deadlines;

    FundingTodos(Grants grants, Clawbacks clawbacks, TodoDeadlines deadlines) {
        this.grants = grants;
        this.clawbacks = clawbacks;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("funding:pay")) {
            deadlines.line(TodoDeadlines.Item.PAYMENT, "funding.todo.due", "/funding?status=DUE",
                    grants::dueWaiting).ifPresent(items::add);
            deadlines.line(TodoDeadlines.Item.PAYMENT_APPROVAL, "funding.todo.approve", "/funding",
                    grants::approvalWaiting).ifPresent(items::add);
            deadlines.line(TodoDeadlines.Item.CLAWBACK, "funding.todo.clawbacks", "/funding/clawbacks?status=OPEN",
                    clawbacks::openWaiting).ifPresent(items::add);
        }
        return items;
    }
}
