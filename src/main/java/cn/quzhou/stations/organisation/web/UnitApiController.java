package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.HostUnitRow;
import cn.quzhou.stations.organisation.UnitFilter;
import cn.quzhou.stations.organisation.UnitNature;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 建站单位 over the API: the facade's data scope and rules apply exactly as on the pages. */
@ApiController
@RequestMapping("/api/units")
@Tag(name = "units", description = "api.tag.units")
class UnitApiController {

    private final HostUnits units;

    UnitApiController(HostUnits units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "api.op.units.list")
    ApiPage<HostUnitRow> list(@ListParameters(sort = "name,asc") ListRequest request,
                              @RequestParam(required = false) Long jurisdiction,
                              @RequestParam(required = false) UnitNature nature) {
        return ApiPage.of(units.page(request, new UnitFilter(jurisdiction, nature)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.units.get")
    HostUnitView get(@PathVariable long id) {
        return units.get(id);
    }

    @PostMapping
    @Operation(summary = "api.op.units.create")
    ResponseEntity<HostUnitView> create(@Valid @RequestBody HostUnitCommand command) {
        HostUnitView created = units.create(command);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }
}
