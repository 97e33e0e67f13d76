package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.SignInLimits;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final List<ClientRegistration> oidcProviders = new ArrayList<>();
    private final SignInLimits throttle;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations, SignInLimits throttle) {
        this.throttle = throttle;
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository repository) {
            repository.forEach(oidcProviders::add);
        }
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error == null ? null : switch (error) {
            case "locked" -> "login.error.locked";
            case "oidc" -> "login.error.oidc";
            case "slow" -> "login.error.slow";
            default -> "login.error.credentials";
        });
        model.addAttribute("oidcProviders", oidcProviders);
        // the help text and the lock message state the configured limits, not the defaults
        model.addAttribute("maxFailures", throttle.maxFailures());
        model.addAttribute("lockMinutes", Math.max(1, throttle.lockDuration().toMinutes()));
        return "organisation/login";
    }
}
