package fi.kvverkosto.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The clock: tests replace it to make time-dependent behaviour repeatable. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
