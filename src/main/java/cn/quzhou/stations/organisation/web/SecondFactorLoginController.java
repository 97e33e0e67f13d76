package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.SecondFactorStep;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of the password sign-in: the code, or the enrolment of an authenticator for an
 * account that must have one. Open to the anonymous session that has just given a right password;
 * without one (or after five minutes) the page says so and leads back to the sign-in.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorLoginController {

    private static final String CODE = "organisation/second-factor/code";
    private static final String ENROL = "organisation/second-factor/enrol";

    private final SecondFactorStep signIn;

    SecondFactorLoginController(SecondFactorStep signIn) {
        this.signIn = signIn;
    }

    @GetMapping
    String code(HttpServletRequest request, Model model) {
        return signIn.awaitsCode(request) ? CODE : expired(model);
    }

    @PostMapping
    String submit(@RequestParam(required = false) String code, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException, ServletException {
        return switch (signIn.submitCode(request, response, code)) {
            case SIGNED_IN -> null;
            // a wrong or replayed code reads exactly like a wrong password: nothing to learn from the answer
            case WRONG -> {
                model.addAttribute("error", "login.error.credentials");
                yield CODE;
            }
            case SLOW -> {
                model.addAttribute("error", "login.error.slow");
                yield CODE;
            }
            case LOCKED -> "redirect:/login?error=locked";
            case EXPIRED -> expired(model);
        };
    }

    @GetMapping("/enrol")
    String enrol(HttpServletRequest request, Model model) {
        return signIn.offer(request).map(offer -> {
            model.addAttribute("offer", offer);
            model.addAttribute("action", "/login/second-factor/enrol");
            return ENROL;
        }).orElseGet(() -> expired(model));
    }

    @PostMapping("/enrol")
    String confirm(@RequestParam(required = false) String code, HttpServletRequest request,
                   HttpServletResponse response, Model model) throws IOException, ServletException {
        SecondFactorStep.Enrolment result = signIn.enrol(request, response, code);
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                model.addAttribute("codes", result.recoveryCodes());
                model.addAttribute("next", result.next());
                yield "organisation/second-factor/recovery-codes";
            }
            case WRONG, SLOW -> {
                model.addAttribute("error", result.outcome() == SecondFactorStep.Outcome.SLOW
                        ? "login.error.slow" : "login.error.credentials");
                yield enrol(request, model);
            }
            case LOCKED -> "redirect:/login?error=locked";
            case EXPIRED -> expired(model);
        };
    }

    private static String expired(Model model) {
        model.addAttribute("expired", true);
        return CODE;
    }
}
