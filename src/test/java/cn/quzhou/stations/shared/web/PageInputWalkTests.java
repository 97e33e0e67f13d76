package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue #18: nothing a page is sent reaches the database unchecked. Every form (each POST the page controllers map)
 * and every GET page taking a {@code q} or filter parameter, read from the handler mappings, gets a NUL and then
 * 10,000 characters in each of its text fields, one field at a time, as a role that may use it: no answer is a 5xx.
 * Path ids name records that do not exist, so that no row changes anything that other tests read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageInputWalkTests extends PlatformTest {

    private static final String MISSING_ID = "999999999";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final List<String> VALUES = List.of("a\u0000b", "长".repeat(10_000));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    cn.quzhou.stations.organisation.AccessTokens tokens;

    @BeforeEach
    void world() {
        world.ensure();
    }

    /** One text field of one page: the request is sent with {@code value} in it and sane values where required. */
    record Field(HttpMethod method, String path, String name, Map<String, String> required) {
        @Override
        public String toString() {
            return method + " " + path + " " + name;
        }
    }

    Stream<Arguments> everyTextFieldOfEveryPage() {
        List<Arguments> rows = new ArrayList<>();
        for (Field field : fields()) {
            for (String value : VALUES) {
                rows.add(Arguments.of(field, value.length() > 3 ? "10,000 characters" : "a NUL", value));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyTextFieldOfEveryPage")
    void noTextAPageIsSentAnswersWithAServerError(Field field, String what, String value) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(field.method(), field.path());
        field.required().forEach(request::param);
        request.param(field.name(), value);
        Role role = roleFor(field.path());
        if (role != null) {
            request.with(user(world.user(role)));
        }
        if (field.method() == HttpMethod.POST) {
            request.with(csrf());
        }
        MockHttpServletResponse answer;
        try {
            answer = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(field + " with " + what + " as " + role + ": " + e, e);
        }
        assertThat(answer.getStatus()).as("%s with %s as %s", field, what, role).isLessThan(500);
    }

    Stream<Arguments> everyTextParameterOfTheApi() {
        List<Arguments> rows = new ArrayList<>();
        for (Field field : apiFilters()) {
            rows.add(Arguments.of(field, "a NUL", VALUES.get(0)));
            rows.add(Arguments.of(field, "10,000 characters", VALUES.get(1)));
        }
        return rows.stream();
    }

    /** The API is strict where a page is lenient: a NUL is a 400 naming the parameter; nothing is a 5xx. */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyTextParameterOfTheApi")
    void aTextParameterOfTheApiIsNeverAServerErrorAndANulIsNamed(Field field, String what, String value)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(field.path());
        field.required().forEach(request::param);
        request.param(field.name(), value);
        Role role = roleFor(field.path().replaceFirst("^(/public)?/api", ""));
        if (role != null) {
            request.header("Authorization", "Bearer " + cn.quzhou.stations.testsupport.ApiTokens.of(role, world,
                    tokens));
        }
        MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
        assertThat(answer.getStatus()).as("%s with %s as %s: %s", field, what, role, answer.getContentAsString())
                .isLessThan(500);
        if (value.contains("\u0000")) {
            // a list of a record that does not exist (or not for this role) is refused before its parameters are read
            assertThat(answer.getStatus()).as("%s with a NUL", field).isIn(400, 403, 404);
            if (answer.getStatus() == 400) {
                assertThat(answer.getContentAsString()).as("%s with a NUL", field)
                        .contains("\"" + field.name() + "\"");
            }
        }
    }

    /** Guards the enumeration: a walk that found nothing would pass without testing anything. */
    @Test
    void theWalkReachesTheFormsAndListsOfEveryModule() {
        List<Field> fields = fields();
        assertThat(fields).hasSizeGreaterThan(150);
        assertThat(fields).extracting(Field::toString).contains(
                "POST /applications/new stationName", "POST /applications/new experts[0].name",
                "POST /units/new name", "POST /login/second-factor/enrol code", "GET /units q", "GET /audit actor",
                "POST /public/notices/objections content", "POST /funding/ledgers/" + MISSING_ID + "/expenses payee");
        assertThat(apiFilters()).extracting(Field::toString).contains("GET /api/units q", "GET /api/audit actor",
                "GET /api/applications sort");
    }

    /**
     * A text 10,000 characters long is refused by the command's own constraint, before the database would refuse it
     * (a column is {@code varchar(n)}): every text component of every command a page form or an API body binds has
     * a maximum length ({@code @Size} or a bounded {@code @Pattern}).
     */
    @Test
    void everyTextOfEveryCommandHasAMaximumLength() {
        Set<String> unbounded = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("cn.quzhou.stations.")
                    || handler.getBeanType().getName().contains(".testsupport.")) {
                return;
            }
            for (MethodParameter p : handler.getMethodParameters()) {
                Class<?> type = p.getParameterType();
                boolean command = p.hasParameterAnnotation(RequestBody.class) || !info.getMethodsCondition()
                        .getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
                if (command && type.isRecord() && type.getName().startsWith("cn.quzhou.stations.")) {
                    unboundedTexts(type, unbounded);
                }
            }
        });
        assertThat(unbounded).isEmpty();
    }

    private static void unboundedTexts(Class<?> record, Set<String> unbounded) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType() == String.class && !bounded(record, c.getName())) {
                unbounded.add(record.getName().replaceFirst(".*\\.", "") + "." + c.getName());
            } else if (Collection.class.isAssignableFrom(c.getType())
                    && c.getGenericType() instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                    && element.getName().startsWith("cn.quzhou.stations.")) {
                unboundedTexts(element, unbounded);
            }
        }
    }

    private static boolean bounded(Class<?> record, String component) {
        try {
            java.lang.reflect.Field field = record.getDeclaredField(component);
            jakarta.validation.constraints.Size size = field.getAnnotation(jakarta.validation.constraints.Size.class);
            jakarta.validation.constraints.Pattern pattern =
                    field.getAnnotation(jakarta.validation.constraints.Pattern.class);
            // a credit code is 18 characters by its own format
            return size != null && size.max() < Integer.MAX_VALUE
                    || field.isAnnotationPresent(cn.quzhou.stations.shared.ValidCreditCode.class)
                    || pattern != null && !pattern.regexp().contains("*") && !pattern.regexp().contains("+");
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who may use a page: the role of its module's work (a wrong role would only meet the 403 page). */
    private static Role roleFor(String path) {
        Map<String, Role> byPrefix = new LinkedHashMap<>();
        byPrefix.put("/public/", null);
        byPrefix.put("/admin/accounts", Role.SECURITY_ADMIN);
        byPrefix.put("/admin/sessions", Role.SECURITY_ADMIN);
        byPrefix.put("/admin/", Role.SYSTEM_ADMIN);
        byPrefix.put("/audit", Role.AUDIT_ADMIN);
        byPrefix.put("/evaluations/expert", Role.EXPERT);
        byPrefix.put("/panels/sheets", Role.EXPERT);
        byPrefix.put("/panels/assignments", Role.EXPERT);
        byPrefix.put("/society/", Role.SOCIETY_CONTACT);
        byPrefix.put("/applications/new", Role.APPLICANT);
        byPrefix.put("/applications/" + MISSING_ID + "/edit", Role.APPLICANT);
        byPrefix.put("/evaluations/reports/" + MISSING_ID + "/draft", Role.APPLICANT);
        byPrefix.put("/evaluations/reports/" + MISSING_ID + "/county", Role.COUNTY_CAST);
        byPrefix.put("/rectifications/" + MISSING_ID + "/report", Role.APPLICANT);
        byPrefix.put("/stations/" + MISSING_ID + "/evidence", Role.APPLICANT);
        byPrefix.put("/stations/" + MISSING_ID + "/reports", Role.APPLICANT);
        byPrefix.put("/funding/ledgers/" + MISSING_ID + "/expenses", Role.APPLICANT);
        for (Map.Entry<String, Role> prefix : byPrefix.entrySet()) {
            if (path.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return Role.CITY_CAST;
    }

    private List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> fields.addAll(fieldsOf(info, handler, false)));
        fields.sort(java.util.Comparator.comparing(Field::toString));
        return fields;
    }

    /** The text parameters of every GET of the API: its search box, sort, cursor and filters. */
    private List<Field> apiFilters() {
        List<Field> fields = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> fieldsOf(info, handler, true).stream()
                .filter(f -> f.method() == HttpMethod.GET).forEach(fields::add));
        fields.sort(java.util.Comparator.comparing(Field::toString));
        return fields;
    }

    private static List<Field> fieldsOf(RequestMappingInfo info, HandlerMethod handler, boolean api) {
        String type = handler.getBeanType().getName();
        if (!type.startsWith("cn.quzhou.stations.") || type.contains(".testsupport.")
                || api != AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ApiController.class)) {
            return List.of();
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
        List<Field> fields = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (api != (pattern.startsWith("/api/") || pattern.startsWith("/public/api/"))) {
                continue;
            }
            String path = concrete(pattern, handler);
            Map<String, String> required = new LinkedHashMap<>();
            Set<String> texts = new LinkedHashSet<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                read(p, texts, required);
            }
            for (HttpMethod method : methods) {
                boolean filters = method == HttpMethod.GET && !texts.isEmpty();
                if (method == HttpMethod.POST || filters) {
                    texts.forEach(name -> fields.add(new Field(method, path, name, required)));
                }
            }
        }
        return fields;
    }

    /** The text fields a parameter binds, and a sane value for each required non-text one. */
    private static void read(MethodParameter p, Set<String> texts, Map<String, String> required) {
        Class<?> type = p.getParameterType();
        if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestBody.class)
                || p.hasParameterAnnotation(RequestHeader.class) || MultipartFile.class.isAssignableFrom(type)) {
            return;
        }
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
            if (name == null || Map.class.isAssignableFrom(type)) {
                return;
            }
            if (type == String.class || isTextCollection(p.getGenericParameterType())) {
                texts.add(name);
            } else if (param.required() && param.defaultValue().equals(
                    org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                required.put(name, sane(type));
            }
            return;
        }
        if (type == ListRequest.class) {
            texts.addAll(List.of("q", "sort", "after"));
        } else if (type.isRecord() && type.getName().startsWith("cn.quzhou.stations.")) {
            components(type, "", texts);
        }
    }

    private static void components(Class<?> record, String prefix, Set<String> texts) {
        for (RecordComponent c : record.getRecordComponents()) {
            Type generic = c.getGenericType();
            if (c.getType() == String.class || isTextCollection(generic)) {
                texts.add(prefix + c.getName());
            } else if (Collection.class.isAssignableFrom(c.getType()) && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                    && prefix.isEmpty()) {
                components(element, c.getName() + "[0].", texts);
            }
        }
    }

    private static boolean isTextCollection(Type type) {
        return type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && pt.getActualTypeArguments()[0] == String.class;
    }

    private static String sane(Class<?> type) {
        if (type == LocalDate.class) {
            return "2026-05-01";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "1";
    }

    /** The pattern with its variables filled: ids name nothing, a year is a year without a round, a day a day. */
    private static String concrete(String pattern, HandlerMethod handler) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            Class<?> type = typeOf(name, handler);
            String value = type == LocalDate.class ? "2026-05-01" : name.equals("year") ? "2099"
                    : type == String.class ? "x" : MISSING_ID;
            variable.appendReplacement(out, value);
        }
        variable.appendTail(out);
        return out.toString();
    }

    private static Class<?> typeOf(String variable, HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            PathVariable v = p.getParameterAnnotation(PathVariable.class);
            if (v != null && (variable.equals(v.value()) || variable.equals(v.name())
                    || variable.equals(p.getParameterName()))) {
                return p.getParameterType();
            }
        }
        return long.class;
    }
}
