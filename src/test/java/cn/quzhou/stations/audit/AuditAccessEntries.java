package cn.quzhou.stations.audit;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;

class AuditAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World world) {
        m.put("GET /audit", page(EnumSet.of(Role.AUDIT_ADMIN), () -> get("/audit")));
        m.put("GET /audit/export", page(EnumSet.of(Role.AUDIT_ADMIN), () -> get("/audit/export")
                .param("q", "no such actor " + cn.quzhou.stations.testsupport.AccessMatrix.next())));
        m.put("GET /api/audit", AccessMatrix.Entry.api(EnumSet.of(Role.AUDIT_ADMIN), () -> get("/api/audit")
                .param("q", "no such actor " + AccessMatrix.next())));
        m.put("GET /api/audit/sign-ins", AccessMatrix.Entry.api(EnumSet.of(Role.AUDIT_ADMIN),
                () -> get("/api/audit/sign-ins")));
        m.put("GET /audit/signins", page(EnumSet.of(Role.AUDIT_ADMIN), () -> get("/audit/signins")));
        m.put("GET /audit/verify", page(EnumSet.of(Role.AUDIT_ADMIN), () -> get("/audit/verify")));
    }
}
