package fi.kvverkosto.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Anonymous visitors read; staff pages under /yllapito need a signed-in user. CSRF protection stays on. */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/yllapito/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(login -> login.loginPage("/kirjaudu").permitAll())
                .logout(logout -> logout.logoutUrl("/kirjaudu/ulos").logoutSuccessUrl("/"));
        return http.build();
    }
}
