package cn.quzhou.stations.importing;

import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Imports are the city CAST's (host units, societies, experts) and the system administrator's (accounts); a batch is
 * seen and committed only by its uploader (here the world's city CAST), anyone else gets 404 or 403.
 */
class ImportAccessEntries implements AccessMatrix.Contribution {

    private Imports imports;
    private World world;

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        this.imports = context.getBean(Imports.class);
        this.world = w;
        var cast = EnumSet.of(Role.CITY_CAST);
        long batch = validBatch();

        m.put("GET /imports", page(EnumSet.of(Role.CITY_CAST, Role.SYSTEM_ADMIN), () -> get("/imports")));
        m.put("GET /imports/{kind}/template", page(cast, () -> get("/imports/{kind}/template", "host-units")));
        m.put("POST /imports/{kind}", action(cast, () -> multipart("/imports/{kind}", "host-units")
                .file(new MockMultipartFile("file", "矩阵.xlsx", null, file()))));
        m.put("GET /imports/batches/{id}", page(cast, () -> get("/imports/batches/{id}", batch)));
        m.put("POST /imports/batches/{id}/commit", action(cast,
                () -> post("/imports/batches/{id}/commit", validBatch())));
    }

    private long validBatch() {
        byte[] content = file();
        return PlatformUser.runAs(world.user(Role.CITY_CAST), () -> imports.upload("host-units", "矩阵.xlsx", content));
    }

    /** A valid host-unit file with a fresh unit, so that every upload and commit of the matrix succeeds for its owner. */
    private byte[] file() {
        byte[] template = PlatformUser.runAs(world.user(Role.CITY_CAST), () -> imports.template("host-units").content());
        return ImportFiles.filled(template, List.of(List.of("矩阵导入单位" + AccessMatrix.next(), World.creditCode(),
                "柯城区", "企业", "", "化工", "", "", "", "")));
    }
}
