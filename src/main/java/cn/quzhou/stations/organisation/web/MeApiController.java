package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "account", description = "api.tag.account")
class MeApiController {

    /** The account a token acts as: who, with which roles and permissions, seeing how far. */
    record Me(long accountId, String username, String displayName, Set<Role> roles, Set<String> permissions,
              Scope scope) {
    }

    /** {@code kind}: ALL, JURISDICTION (with jurisdictionId), UNIT (with hostUnitId), SOCIETY (with societyId) or NONE. */
    record Scope(String kind, Long jurisdictionId, Long hostUnitId, Long societyId) {

        static Scope of(DataScope scope) {
            if (scope instanceof DataScope.All) {
                return new Scope("ALL", null, null, null);
            }
            if (scope instanceof DataScope.OfJurisdiction j) {
                return new Scope("JURISDICTION", j.jurisdictionId(), null, null);
            }
            if (scope instanceof DataScope.OfUnit u) {
                return new Scope("UNIT", null, u.hostUnitId(), null);
            }
            if (scope instanceof DataScope.OfSociety s) {
                return new Scope("SOCIETY", null, null, s.societyId());
            }
            return new Scope("NONE", null, null, null);
        }
    }

    @GetMapping("/api/me")
    @Operation(summary = "api.op.me")
    Me me() {
        PlatformUser user = PlatformUser.current();
        return new Me(user.accountId(), user.getUsername(), user.displayName(), user.roles(),
                new TreeSet<>(user.permissions()), Scope.of(user.scope()));
    }
}
