package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.AccessTokenView;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The caller's own tokens. There is deliberately no "create" here: a token must not mint further
 * tokens (a leaked one could otherwise outlive its own expiry or revocation); tokens are created on
 * the page {@code /account/tokens}, after a sign-in.
 */
@ApiController
@RequestMapping("/api/tokens")
@Tag(name = "account", description = "api.tag.account")
class TokenApiController {

    private final AccessTokens tokens;

    TokenApiController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "api.op.tokens.list")
    List<AccessTokenView> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "api.op.tokens.revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
