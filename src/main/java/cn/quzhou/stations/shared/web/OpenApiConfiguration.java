package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: only {@code /api/**} is documented
 * ({@code springdoc.paths-to-match}), every operation needs a bearer token. Summaries are message
 * keys of the api bundle, resolved in the reader's language ({@code Accept-Language}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI platformOpenApi(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return new OpenAPI()
                .info(new Info().title(messages.getMessage("api.docs.title", null, zh))
                        .description(messages.getMessage("api.docs.description", null, zh) + "\n\n"
                                + messages.getMessage("api.docs.description", null, Locale.ENGLISH))
                        .version("1"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("qzst_…")
                        .description(messages.getMessage("api.docs.bearer", null, zh))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
