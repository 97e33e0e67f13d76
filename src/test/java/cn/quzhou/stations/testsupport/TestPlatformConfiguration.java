package cn.quzhou.stations.testsupport;

import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.context.WebApplicationContext;

@TestConfiguration(proxyBeanMethods = false)
public class TestPlatformConfiguration {

    /** Every test context starts from an empty schema, whether on CI's server or the embedded one. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /** Replaces the system clock everywhere (it is a {@link java.time.Clock}). */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
    }

    /** Every statement goes through {@link StatementCounter}, so a test can count what a request costs. */
    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof StatementCounter)
                        && name.equals("dataSource") ? new StatementCounter(source) : bean;
            }
        };
    }

    /** Every /api/** exchange of every MockMvc test is checked against /v3/api-docs (issue #18). */
    @Bean
    ApiContractCheck apiContractCheck(WebApplicationContext context) {
        return new ApiContractCheck(context);
    }

    /** The real-port tests ({@link RawHttp}) find the check of the context whose server answered them. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.web.server.context.WebServerInitializedEvent>
            apiContractCheckPort(ApiContractCheck check) {
        return new org.springframework.context.ApplicationListener<>() {
            @Override
            public void onApplicationEvent(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
                check.servesOn(event.getWebServer().getPort());
            }
        };
    }

    @Bean
    MockMvcBuilderCustomizer checkApiAnswersAgainstTheDocument(ApiContractCheck check) {
        return builder -> builder.alwaysDo(check);
    }

    /** Every page any test reaches through MockMvc is checked for {@code ??key??} (see {@link NoUnresolvedMessages}). */
    @Bean
    MockMvcBuilderCustomizer noUnresolvedMessages() {
        return builder -> builder.alwaysExpect(new NoUnresolvedMessages());
    }
}
