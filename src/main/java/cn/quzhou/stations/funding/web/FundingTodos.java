package cn.quzhou.stations.funding.web;

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
 * still open — each a single count in the database (partial indexes serve them), each linking to its filtered list.
 */
@Component
class FundingTodos implements TodoSource {

    private final Grants grants;
    private final Clawbacks clawbacks;

    FundingTodos(Grants grants, Clawbacks clawbacks) {
        this.grants = grants;
        this.clawbacks = clawbacks;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("funding:pay")) {
            long due = grants.dueUnpaid();
            if (due > 0) {
                items.add(new TodoItem("funding.todo.due", due, "/funding?status=DUE"));
            }
            long awaiting = grants.awaitingApproval();
            if (awaiting > 0) {
                items.add(new TodoItem("funding.todo.approve", awaiting, "/funding"));
            }
            long open = clawbacks.openCount();
            if (open > 0) {
                items.add(new TodoItem("funding.todo.clawbacks", open, "/funding/clawbacks?status=OPEN"));
            }
        }
        return items;
    }
}
