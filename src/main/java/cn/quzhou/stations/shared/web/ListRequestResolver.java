package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code page}, {@code size}, {@code sort}, {@code q} and {@code after} into a {@link ListRequest}: strict on
 * an {@link ApiController} (a bad value is a 400 there), lenient on pages (the nearest valid value is shown).
 */
class ListRequestResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListRequest.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        boolean api = AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), ApiController.class);
        return new ListRequest(request.getParameter("page"), request.getParameter("size"),
                request.getParameter("sort"), request.getParameter("q"), request.getParameter("after"), api);
    }
}
