package fi.kvverkosto.site;

import fi.kvverkosto.shared.Language;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=fi|sv|en} on any URL chooses it (so links can be shared per language) and a cookie
 * remembers it. Without either, pages are in Finnish, whatever the browser prefers: the region's services speak
 * Finnish first, and the switch is on every page.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final String COOKIE = "kv-lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Language.DEFAULT.locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new SupportedLanguageChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LayoutAdvice());
    }

    /** Ignores languages the platform does not have instead of switching to them. */
    static class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

        @Override
        public boolean preHandle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Object handler)
                throws jakarta.servlet.ServletException {
            String value = request.getParameter(getParamName());
            if (value != null && Language.fromCode(value).isEmpty()) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }
}
