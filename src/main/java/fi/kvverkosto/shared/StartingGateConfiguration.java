package fi.kvverkosto.shared;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The {@link StartingGate} in front of every other filter. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StartingGateConfiguration {

    @Bean
    StartingGate startingGate(@Value("${kv.startup.hold:60s}") Duration hold, MessageSource messages) {
        return new StartingGate(hold, messages);
    }

    @Bean
    FilterRegistrationBean<StartingGate> startingGateRegistration(StartingGate gate) {
        var registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
