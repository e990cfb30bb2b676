package fi.kvverkosto.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The public page cache, unless {@code kv.page-cache.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "kv.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(
            PageCacheProperties properties, LocaleResolver localeResolver, ServerProperties server) {
        var compression = server.getCompression();
        return new PublicPageCache(
                properties,
                localeResolver,
                new PublicPageCache.Compression(
                        compression.getEnabled(),
                        compression.getMinResponseSize().toBytes()));
    }

    /** Right after Spring Security's filters: they have decided who the visitor is, and set headers on every response. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(
            PublicPageCache cache, ObjectProvider<SecurityFilterProperties> security) {
        var registration = new FilterRegistrationBean<>(cache);
        int securityOrder =
                security.getIfAvailable(SecurityFilterProperties::new).getOrder();
        registration.setOrder(securityOrder + 1);
        return registration;
    }
}
