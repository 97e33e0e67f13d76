package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI description at {@code /v3/api-docs}: only {@code /api/**} is documented
 * ({@code springdoc.paths-to-match}), every operation needs a bearer token. Summaries are message
 * keys of the api bundle, resolved in the reader's language ({@code Accept-Language}). The contract rules of issue
 * #18 (answers, schemas, names, examples) are applied by {@link ApiOperations} and {@link ApiContract}; the document
 * is published as {@code docs/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // a handler's ListRequest is documented as its query parameters by ApiListParameters, not as an object
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ListRequest.class);
    }

    static final String BEARER = "bearer";
    /**
     * The version of the API's contract: the major number changes only when a client written against the previous
     * document would break (a field, operation or accepted value removed or changed); additions raise the minor one.
     */
    static final String API_VERSION = "1.2.0";

    @Bean
    OpenAPI platformOpenApi(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return new OpenAPI()
                .info(new Info().title(messages.getMessage("api.docs.title", null, zh))
                        .description(messages.getMessage("api.docs.description", null, zh) + "\n\n"
                                + messages.getMessage("api.docs.description", null, Locale.ENGLISH))
                        .version(API_VERSION)
                        .contact(new Contact().name(messages.getMessage("api.docs.contact", null, zh))))
                // relative: the document is served by the platform it describes, whatever its address
                .servers(List.of(new Server().url("/").description(messages.getMessage("api.docs.server", null, zh))))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("qzst_…")
                        .description(messages.getMessage("api.docs.bearer", null, zh))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    /**
     * Replaces swagger's default model resolver (same class: springdoc swaps a registered converter of the class for
     * this bean) with one naming schemas by {@link SchemaNames}; first in the list, so last in the converter chain,
     * where the default one was.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver namedModelResolver(SchemaNames names) {
        return new ModelResolver(Json.mapper(), names);
    }

    /** Last in the list, so first in the converter chain: it sees every enum schema the others make. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    EnumMeaningConverter enumMeaningConverter(MessageSource messages) {
        return new EnumMeaningConverter(new EnumMeanings(messages));
    }

    @Bean
    ApiOperations apiOperations(MessageSource messages) {
        return new ApiOperations(messages);
    }

    @Bean
    ApiListParameters apiListParameters(MessageSource messages) {
        return new ApiListParameters(messages);
    }

    @Bean
    ApiContract apiContract(MessageSource messages, SchemaNames names) {
        return new ApiContract(messages, names);
    }
}
