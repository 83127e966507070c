package cn.ecodispatch;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.ecodispatch.shared.Zones;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EcoDispatchApplication {

    public static void main(String[] args) {
        // Every date the engine stores, the REST API returns and the web apps show is Shanghai time.
        TimeZone.setDefault(TimeZone.getTimeZone(Zones.SHANGHAI));
        SpringApplication.run(EcoDispatchApplication.class, args);
    }
}
