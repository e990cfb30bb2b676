package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.KvServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may open what, and the protections every response carries. */
@KvServerTest
class SecurityConfigurationTests {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsReadPublicPagesAndTheApi() {
        assertThat(mvc.get().uri("/")).hasStatusOk();
        assertThat(mvc.get().uri("/saavutettavuus")).hasStatusOk();
        assertThat(mvc.get().uri("/kirjaudu")).hasStatusOk();
        assertThat(mvc.get().uri("/api/no-such-resource")).hasStatus(404);
        assertThat(mvc.get().uri("/css/app.css")).hasStatusOk();
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromStaffPages() {
        for (String path : new String[] {
            "/yllapito", "/yllapito/palvelut", "/yllapito/kayttajat", "/yllapito/tuonti", "/yllapito/salasana"
        }) {
            assertThat(mvc.get().uri(path))
                    .as(path)
                    .hasStatus3xxRedirection()
                    .redirectedUrl()
                    .endsWith("/kirjaudu");
        }
    }

    @Test
    void anExpiredSessionUnderHtmxLoadsTheWholeSignInPage() {
        assertThat(mvc.get().uri("/yllapito/palvelut").header("HX-Request", "true"))
                .hasStatus(401)
                .headers()
                .hasValue("HX-Redirect", "/kirjaudu");
    }

    @Test
    @WithMockUser(authorities = {Roles.ROLE_EDITOR})
    void editorsOpenTheStaffPagesButNotAdminOnes() {
        assertThat(mvc.get().uri("/yllapito")).hasStatusOk();
        assertThat(mvc.get().uri("/yllapito/salasana")).hasStatusOk();
        assertThat(mvc.get().uri("/yllapito/kayttajat")).hasStatus(403);
        assertThat(mvc.get().uri("/yllapito/kayttajat/uusi")).hasStatus(403);
        assertThat(mvc.post().uri("/yllapito/kayttajat/uusi").with(csrf()).param("username", "sneaky"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/yllapito/tuonti")).hasStatus(403);
        assertThat(mvc.get().uri("/yllapito/hakuindeksi")).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void adminsOpenUserManagement() {
        assertThat(mvc.get().uri("/yllapito")).hasStatusOk();
        assertThat(mvc.get().uri("/yllapito/kayttajat")).hasStatusOk();
        assertThat(mvc.get().uri("/yllapito/kayttajat/uusi")).hasStatusOk();
    }

    @Test
    void userManagementChecksTheRoleAlsoInTheController() {
        // Method security holds even if a URL rule were lost: the controller itself refuses an editor.
        assertThat(mvc.get().uri("/yllapito/kayttajat").with(user("editor").authorities(() -> Roles.ROLE_EDITOR)))
                .hasStatus(403);
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void postsWithoutTheCsrfTokenAreRefused() {
        assertThat(mvc.post().uri("/yllapito/kayttajat/uusi").param("username", "x"))
                .hasStatus(403);
        assertThat(mvc.post().uri("/yllapito/salasana")).hasStatus(403);
        assertThat(mvc.post().uri("/kirjaudu/ulos")).hasStatus(403);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndOtherProtections() {
        var response = mvc.get().uri("/").exchange().getResponse();

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains("style-src 'self';")
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    }

    @Test
    void apiDocumentationPagesHaveTheirOwnPolicy() {
        var response = mvc.get().uri("/swagger-ui/index.html").exchange().getResponse();

        assertThat(response.getHeaders("Content-Security-Policy"))
                .singleElement()
                .asString()
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';")
                .contains("frame-ancestors 'self'");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        // Through the real server: MockMvc has no servlet container to write the session cookie.
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kirjaudu"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }
}
