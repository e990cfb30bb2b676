package fi.kvverkosto.site;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts, images and WebJars, each under its own path (Boot's catch-all {@code /**} handler is off:
 * {@code spring.web.resources.add-mappings=false}). Two reasons: every link a page renders passes through the resource
 * URL resolver, and with a catch-all it searched the class path for a file named like each page address (a third of
 * the CPU of a search page); and each file's address carries a hash of its content, so browsers may keep it for a year
 * and still see a changed file at once.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**", "/js/**", "/images/**")
                .addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/images/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        // WebJar addresses carry the library's version, resolved from the versionless one in the templates.
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
