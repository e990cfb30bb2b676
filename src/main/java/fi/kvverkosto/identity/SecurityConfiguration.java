package fi.kvverkosto.identity;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what, and the browser protections every response carries.
 *
 * <p>Anonymous visitors read every public page and the read-only JSON API; everything under {@code /yllapito} needs a
 * signed-in staff member (admin or editor), and user management, imports and the search index need an admin
 * (controllers check again with method security or {@link EditorAccess}). Members of the kv network (signed in with a
 * one-time link, role {@code MEMBER}) have their own pages under {@value #MEMBER_HOME} and never the staff pages.
 * CSRF protection is on for every form, sign-out included.
 *
 * <p>Pages may be framed by the application only, except the network map's embed, which any site may frame.
 *
 * <p>The Content-Security-Policy allows scripts and styles only from the application itself: pages have no inline
 * scripts or styles, and htmx runs with {@code includeIndicatorStyles:false} so that it injects none. Swagger UI, a
 * third-party page, sets inline styles and data: images, so its paths get a policy of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGN_IN = "/kirjaudu";
    static final String SIGN_OUT = "/kirjaudu/ulos";
    static final String STAFF_HOME = "/yllapito";
    /** The members' pages ({@code contacts}); the sign-in by e-mail link below it is open to everyone. */
    static final String MEMBER_HOME = "/jasen";

    static final String MEMBER_SIGN_IN = MEMBER_HOME + "/kirjaudu";

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /**
     * The network map's read-only embed ({@code network}'s {@code /verkosto/upotus}), which partners put in an iframe on
     * their own sites: any site may frame it. Everything else may be framed only by the application itself.
     */
    static final String EMBED_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors *";

    /** Requests htmx makes for a part of a page. */
    static final RequestMatcher HTMX = request -> "true".equals(request.getHeader("HX-Request"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    @ConditionalOnWebApplication // the one-off commands (import-hsds, export-hsds) run without a web server
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            StaffUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            StaffAccounts accounts,
            SignInFailureHandler failures)
            throws Exception {
        var authentication = new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, accounts);
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl(STAFF_HOME);
        RequestMatcher apiDocs = new OrRequestMatcher(
                pathPattern("/api-docs.html"), pathPattern("/swagger-ui/**"), pathPattern("/v3/api-docs/**"));
        RequestMatcher embed = pathPattern("/verkosto/upotus");

        http.authenticationManager(new ProviderManager(authentication))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/yllapito/kayttajat/**", "/yllapito/tuonti/**", "/yllapito/hakuindeksi/**")
                        .hasRole(Roles.ADMIN)
                        // The kv database (contacts): anyone reads companies (what they may see); people's own
                        // resources and every write are for staff.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/contacts/companies",
                                "/api/v1/contacts/companies/*",
                                "/api/v1/contacts/companies/*/suggestions")
                        .permitAll()
                        .requestMatchers("/api/v1/contacts/**")
                        .hasAnyRole(Roles.ADMIN, Roles.EDITOR)
                        .requestMatchers("/yllapito/**")
                        .hasAnyRole(Roles.ADMIN, Roles.EDITOR)
                        .requestMatchers(MEMBER_SIGN_IN, MEMBER_SIGN_IN + "/**", MEMBER_HOME + "/linkki/**")
                        .permitAll()
                        .requestMatchers(MEMBER_HOME, MEMBER_HOME + "/**")
                        .hasRole(Roles.MEMBER)
                        .anyRequest()
                        .permitAll())
                .formLogin(login -> login.loginPage(SIGN_IN)
                        .successHandler(afterSignIn)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?ulos"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::signInWholePage, HTMX)
                        // An API client is told 401, not sent to the sign-in page.
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(org.springframework.http.HttpStatus.UNAUTHORIZED),
                                pathPattern("/api/**"))
                        // Members are sent to the e-mail link sign-in, staff to the password one.
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(MEMBER_SIGN_IN),
                                new OrRequestMatcher(pathPattern(MEMBER_HOME), pathPattern(MEMBER_HOME + "/**")))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SIGN_IN), AnyRequestMatcher.INSTANCE))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(embed),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(apiDocs, embed)),
                                new ContentSecurityPolicyHeaderWriter(POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                embed, new ContentSecurityPolicyHeaderWriter(EMBED_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                apiDocs, new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY))));
        return http.build();
    }

    /**
     * When a session has expired under an htmx request, the sign-in page must replace the whole page, not be swapped
     * into the part htmx asked for: htmx follows {@code HX-Redirect} with a full page load.
     */
    private static void signInWholePage(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
        response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
