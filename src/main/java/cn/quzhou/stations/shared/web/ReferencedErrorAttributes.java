package cn.quzhou.stations.shared.web;

import java.util.Map;
import cn.quzhou.stations.shared.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Every error answer carries a reference id: the request id. For a server error the detail (exception and stack
 * trace) goes to the log under that id; the user sees only the friendly page and the id.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);
    private static final String REFERENCE = ReferencedErrorAttributes.class.getName() + ".reference";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String reference = (String) request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
        if (reference == null) {
            // the request id (RequestIdFilter): the same as the X-Request-Id header and in the failure's log lines
            Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            reference = id != null ? id.toString() : RequestIds.current();
            request.setAttribute(REFERENCE, reference, RequestAttributes.SCOPE_REQUEST);
            Object status = attributes.get("status");
            if (status instanceof Integer code && code >= 500) {
                log.error("Server error, reference {} at {}", reference, attributes.get("path"), getError(request));
            }
        }
        attributes.put("reference", reference);
        return attributes;
    }
}
