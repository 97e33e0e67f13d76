package cn.quzhou.stations.demo;

import cn.quzhou.stations.shared.Beijing;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** In demo mode only, the {@link DemoClock} is the platform's clock (the primary {@link java.time.Clock}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoClockConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Beijing.ZONE);
    }
}
