package cn.quzhou.stations.documents;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The policy text is public: every role and nobody signed in may read it. */
class PolicyDocumentAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        m.put("GET /public/policy", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, AccessMatrix.ALL_ROLES, true,
                () -> get("/public/policy"), null));
    }
}
