package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "societies", description = "api.tag.societies")
class SocietyApiController {

    private final Societies societies;

    SocietyApiController(Societies societies) {
        this.societies = societies;
    }

    @GetMapping("/api/societies")
    @Operation(summary = "api.op.societies.list")
    List<SocietyView> list() {
        return societies.list();
    }
}
