package cn.quzhou.stations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 衢州市全国（省级）学会服务站管理平台. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "学会服务站管理平台", sharedModules = "shared")
public class StationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(StationsApplication.class, args);
    }
}
