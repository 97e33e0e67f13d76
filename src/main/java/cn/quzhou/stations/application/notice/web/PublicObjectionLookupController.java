package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.ObjectionLookup;
import cn.quzhou.stations.application.notice.ObjectionReceipts;
import cn.quzhou.stations.application.notice.TooManyLookupsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 异议查询, without sign-in: the objector types the receipt number and the contact's last four characters and sees
 * the state and outcome. Posted, not asked in the address, so receipts stay out of logs and browser histories.
 */
@Controller
@RequestMapping("/public/objections/lookup")
class PublicObjectionLookupController {

    private final ObjectionReceipts receipts;

    PublicObjectionLookupController(ObjectionReceipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("lookup", new ObjectionLookup(null, null));
        return "application/public/lookup";
    }

    @PostMapping
    String lookup(@Valid @ModelAttribute("lookup") ObjectionLookup lookup, BindingResult result,
                  HttpServletRequest request, Model model) {
        if (!result.hasErrors()) {
            model.addAttribute("searched", true);
            receipts.lookup(lookup, request.getRemoteAddr()).ifPresent(o -> model.addAttribute("outcome", o));
        }
        return "application/public/lookup";
    }

    @ExceptionHandler(TooManyLookupsException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooMany() {
        return "application/public/lookup-too-many";
    }
}
