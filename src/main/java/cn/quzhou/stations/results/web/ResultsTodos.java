package cn.quzhou.stations.results.web;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import cn.quzhou.stations.results.OpenWaiting;
import cn.quzhou.stations.results.RectificationCounts;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.RevocationProposals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办 after publication: corrections awaiting a second city CAST account, open revocation proposals, reports to
 * accept, overdue rectifications, and for the host unit its own open rectifications, due on their deadline (the
 * rectification period, results_policy) with the working days waited and the overdue.
 */
@Component
class ResultsTodos implements TodoSource {

    private final ResultCorrections corrections;
    private final RevocationProposals proposals;
    private final Rectifications rectifications;
    private final TodoDeadlines deadlines;

    ResultsTodos(ResultCorrections corrections, RevocationProposals proposals, Rectifications rectifications,
                 TodoDeadlines deadlines) {
        this.corrections = corrections;
        this.proposals = proposals;
        this.rectifications = rectifications;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("evaluation:correct")) {
            OpenWaiting others = corrections.awaitingMe();
            since(items, "results.todo.corrections", others.count(), "/evaluations/results", others.oldestSince());
        }
        if (user.can("evaluation:propose")) {
            OpenWaiting open = proposals.openWaiting();
            since(items, "results.todo.proposals", open.count(), "/revocation-proposals", open.oldestSince());
        }
        if (!user.can("evaluation:results")) {
            return items;
        }
        // one statement for every count, never the tasks themselves
        RectificationCounts counts = rectifications.counts();
        if (user.can("evaluation:rectify")) {
            deadlines.dated("results.todo.rectify", "/rectifications?status=OPEN", rectifications::ownWaiting)
                    .ifPresent(items::add);
        }
        if (user.can("evaluation:rectify-review")) {
            boolean city = user.has(Role.CITY_CAST);
            since(items, "results.todo.review", city ? counts.submittedCity() : counts.submittedCounty(),
                    "/rectifications?status=SUBMITTED", city ? counts.submittedCitySince() : counts.submittedCountySince());
            if (counts.overdue() > 0) {
                items.add(deadlines.overdue("results.todo.overdue", counts.overdue(), "/rectifications?overdue=true",
                        counts.overdueSince(), counts.overdueDeadline()));
            }
        }
        return items;
    }

    /** A line of work no rule puts a deadline on: how many, and the working days the oldest has waited. */
    private void since(List<TodoItem> items, String key, long count, String href, LocalDate oldest) {
        if (count > 0) {
            items.add(deadlines.undated(key, count, href, oldest));
        }
    }
}
