package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@Tag(name = "societies", description = "api.tag.societies")
class SocietyApiController {

    private final Societies societies;

    SocietyApiController(Societies societies) {
        this.societies = societies;
    }

    @GetMapping("/api/societies")
    @Operation(summary = "api.op.societies.list")
    ApiPage<SocietyView> list(@ListParameters(sort = "name,asc") ListRequest request,
                              @RequestParam(required = false) SocietyLevel level) {
        return ApiPage.of(societies.page(request, level));
    }

    @GetMapping("/api/societies/{id}")
    @Operation(summary = "api.op.societies.get")
    SocietyView get(@PathVariable long id) {
        return societies.read(id);
    }

    @PostMapping("/api/societies")
    @Operation(summary = "api.op.societies.create")
    ResponseEntity<SocietyView> create(@Valid @RequestBody SocietyCommand command) {
        SocietyView created = societies.create(command).masked();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/api/societies/{id}")
    @Operation(summary = "api.op.societies.update")
    SocietyView update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody SocietyCommand command) {
        return societies.update(id, version, command).masked();
    }
}
