package cn.quzhou.stations.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A reset password means the account may be in the wrong hands: nothing issued before the reset keeps working. */
class PasswordResetTests extends PlatformTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void aPasswordResetRevokesTheAccountsAccessTokens() throws Exception {
        world.ensure();
        var account = world.freshAccount("reset", null, null);
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(account.getUsername());
        String token = ApiTokens.create(holder, tokens, "脚本", null);
        mvc.perform(ApiTokens.bearer(get("/api/me"), token)).andExpect(status().isOk());

        as(world.user(Role.SECURITY_ADMIN), () -> {
            accounts.resetPassword(account.getId());
            return null;
        });

        mvc.perform(ApiTokens.bearer(get("/api/me"), token)).andExpect(status().isUnauthorized());
    }
}
