package fi.kvverkosto.site;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KvServerTest
class SitePagesTests {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Test
    void homePageIsFinnishByDefault() {
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"fi\"")
                .contains("Siirry sisältöön")
                .contains("href=\"#main\"");
    }

    @Test
    void languageComesFromTheUrlAndIsRemembered() {
        var english = mvc.get().uri("/?lang=en").exchange();
        assertThat(english)
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"en\"")
                .contains("Skip to content");
        assertThat(english).cookies().containsCookie(LanguageConfiguration.COOKIE);

        var swedish = mvc.get().uri("/saavutettavuus?lang=sv").exchange();
        assertThat(swedish)
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"sv\"")
                .contains("Tillgänglighetsutlåtande");
    }

    @Test
    void unknownLanguageFallsBackToFinnish() {
        assertThat(mvc.get().uri("/?lang=de")).hasStatusOk().bodyText().contains("<html lang=\"fi\"");
    }

    @Test
    void languageSwitchLinksToTheSamePageInEachLanguage() {
        assertThat(mvc.get().uri("/saavutettavuus?lang=fi"))
                .bodyText()
                .contains("href=\"http://localhost/saavutettavuus?lang=sv\"")
                .contains("href=\"http://localhost/saavutettavuus?lang=en\"");
    }

    @Test
    void unknownPageGivesTranslatedNotFoundPage() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ei-ole-olemassa?lang=en"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("<html lang=\"en\"");
    }

    @Test
    void pageHasExactlyOneMainHeading() throws Exception {
        String body =
                mvc.get().uri("/").exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.split("<h1", -1)).hasSize(2);
    }
}
