package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.ExpertRow;
import cn.quzhou.stations.organisation.ExpertView;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 专家库 over the API, under the pool page's permissions. Phone and e-mail are answered masked, as the list page shows
 * them; sending a masked value back in a PUT keeps the stored one.
 */
@ApiController
@RequestMapping("/api/experts")
@Tag(name = "experts", description = "api.tag.experts")
class ExpertApiController {

    private final ExpertPool experts;

    ExpertApiController(ExpertPool experts) {
        this.experts = experts;
    }

    @GetMapping
    @Operation(summary = "api.op.experts.list")
    ApiPage<ExpertRow> list(@ListParameters(sort = "name,asc") ListRequest request) {
        return ApiPage.of(experts.page(request).map(ExpertRow::masked));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.experts.get")
    ExpertView get(@PathVariable long id) {
        return experts.get(id).masked();
    }

    @PostMapping
    @Operation(summary = "api.op.experts.create")
    ResponseEntity<ExpertView> create(@Valid @RequestBody ExpertCommand command) {
        ExpertView created = experts.create(command);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created.masked());
    }

    @PutMapping("/{id}")
    @Operation(summary = "api.op.experts.update")
    ExpertView update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody ExpertCommand command) {
        return experts.update(id, version, command).masked();
    }

    @PostMapping("/{id}/deactivation")
    @Operation(summary = "api.op.experts.deactivate")
    ExpertView deactivate(@PathVariable long id) {
        return experts.deactivate(id).masked();
    }
}
