package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.PageMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the database refused from a page's form although the form let it through (a tampered select naming a record
 * that does not exist, a value out of range): the error page says so in words, with the request id, never a server
 * error. The API has its own answer ({@code ApiExceptionHandler}, which takes precedence for API controllers).
 */
@ControllerAdvice
class PageDatabaseRefusalAdvice {

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refused(DataIntegrityViolationException e, HttpServletRequest request) {
        Problems.DatabaseRefusal refusal = Problems.databaseRefusal(e);
        if (refusal == null) {
            throw e;   // not the caller's doing: the friendly 500 page with its reference
        }
        HttpStatus status = refusal.unknownReference() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("reference", RequestId.of(request));
        page.addObject(Forms.PROBLEM, PageMessage.of(refusal.unknownReference() ? "error.unknownReference" : "error.badInput"));
        return page;
    }
}
