package cn.quzhou.stations.notification;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.notification.internal.MessageRepository;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The inbox in the access matrix. The "foreign record" is a message addressed to an account that is
 * none of the world's role holders: nobody else may read it, open it or see it listed.
 */
class NotificationAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        long stranger = w.freshAccount("stranger", null, null).getId();
        String marker = "矩阵外人消息" + AccessMatrix.next();
        context.getBean(Notifications.class).notify(List.of(stranger), "home.welcome", List.of(marker), null);
        long foreign = context.getBean(MessageRepository.class)
                .findByRecipientAccountIdOrderByCreatedAtDescIdDesc(stranger, PageRequest.of(0, 1)).get(0).getId();

        m.put("GET /messages", list(NOBODY, () -> get("/messages"), marker));
        m.put("GET /messages/{id}", page(NOBODY, () -> get("/messages/{id}", foreign)));
        m.put("POST /messages/read-all", action(ALL_ROLES, () -> post("/messages/read-all")));
        m.put("POST /messages/read", action(ALL_ROLES, () -> post("/messages/read").param("ids", String.valueOf(foreign))));
    }
}
