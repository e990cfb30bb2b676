package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.shared.BackgroundTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KvServerTest
class SearchIndexAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    BackgroundTasks tasks;

    @BeforeEach
    void catalogue() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri(SearchIndexController.PATH)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(SearchIndexController.PATH).with(csrf())).hasStatus3xxRedirection();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsMayNotRebuildTheIndex() {
        assertThat(mvc.get().uri(SearchIndexController.PATH)).hasStatus(403);
        assertThat(mvc.post().uri(SearchIndexController.PATH).with(csrf())).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rebuildNeedsTheCsrfToken() {
        assertThat(mvc.post().uri(SearchIndexController.PATH)).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminSeesTheIndexBesideTheDatabase() {
        var response = mvc.get().uri(SearchIndexController.PATH).exchange();
        assertThat(response).hasStatusOk();
        var page = DirectoryPagesTests.page(response);
        assertThat(page.select("h1").text()).isEqualTo("Hakuindeksi");
        var form = page.selectFirst("main form[action=/yllapito/hakuindeksi]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("button[type=submit]")).hasSize(1);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "paula", roles = "ADMIN")
    void adminRebuildsTheIndexAndFollowsItsProgress() {
        var started = mvc.post().uri(SearchIndexController.PATH).with(csrf()).exchange();
        assertThat(started).hasStatus3xxRedirection();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(SearchIndexController.PATH + "/");
        UUID task = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> tasks.status(task).map(s -> !s.running()).orElse(false));
        var status = tasks.status(task).orElseThrow();
        assertThat(status.succeeded()).as(String.valueOf(status.error())).isTrue();
        assertThat(status.startedBy()).isEqualTo("paula");
        var outcome = (SearchIndexing.Outcome) status.result();
        assertThat(outcome.indexed()).isEqualTo(outcome.publicServices()).isGreaterThanOrEqualTo(4);

        var page = DirectoryPagesTests.page(mvc.get().uri(location).exchange());
        assertThat(page.select("progress#kv-progress-bar").attr("value")).isEqualTo("100");
        assertThat(page.text()).contains("Valmis").contains("palvelua indeksoitu");

        var fragment = mvc.get().uri(location).header("HX-Request", "true").exchange();
        assertThat(fragment).hasStatusOk();
        String body = DirectoryPagesTests.body(fragment);
        assertThat(body).doesNotContain("<html");
        assertThat(Jsoup.parseBodyFragment(body).select("#kv-progress")).hasSize(1);

        // The rebuilt index finds what it found before.
        assertThat(DirectoryPagesTests.page(
                                mvc.get().uri("/palvelut?q=alkuperätodistus").exchange())
                        .select("a[href=/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN + "]"))
                .isNotEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void unknownTaskIsNotFound() {
        assertThat(mvc.get().uri(SearchIndexController.PATH + "/" + UUID.randomUUID()))
                .hasStatus(404);
        assertThat(mvc.get().uri(SearchIndexController.PATH + "/ei-tunnus")).hasStatus(404);
    }

    @Test
    void reindexReportsItsProgress() {
        List<String> phases = new ArrayList<>();
        long[] totals = new long[2];
        var outcome = indexing.reindex(new BackgroundTasks.Progress() {
            @Override
            public void total(long total) {
                totals[0] = total;
            }

            @Override
            public void advance(long steps) {
                totals[1] += steps;
            }

            @Override
            public void phase(String messageKey, Object... args) {
                phases.add(messageKey);
            }
        });
        assertThat(phases)
                .containsExactly("directory.search-index.phase.indexing", "directory.search-index.phase.done");
        assertThat(totals[0]).isPositive();
        assertThat(totals[1]).isEqualTo(totals[0]);
        assertThat(outcome.indexed()).isEqualTo(outcome.publicServices());
        assertThat(indexing.state().complete()).isTrue();
    }
}
