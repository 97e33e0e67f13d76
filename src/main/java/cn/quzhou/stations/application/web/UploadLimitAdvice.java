package cn.quzhou.stations.application.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.PageMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A file over the limit is refused before any controller sees it: say so where the user uploaded it. */
@ControllerAdvice(assignableTypes = ApplicationAttachmentController.class)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(Forms.PROBLEM, PageMessage.of("file.error.tooLarge"));
        String path = request.getRequestURI().replaceFirst("/attachments.*$", "/edit#attachments");
        return "redirect:" + path.substring(request.getContextPath().length());
    }

}
