package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Setting an account's e-mail address is the system administrator's, like the rest of the account's data. */
class AccountEmailAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        m.put("POST /admin/accounts/{id}/email", action(EnumSet.of(Role.SYSTEM_ADMIN),
                () -> post("/admin/accounts/{id}/email", w.freshAccount("mailto", null, null).getId())
                        .param("email", "matrix" + AccessMatrix.next() + "@example.org")));
    }
}
