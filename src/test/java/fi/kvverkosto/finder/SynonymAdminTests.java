package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.identity.Roles;
import fi.kvverkosto.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Staff keep the finder's synonyms at {@code /yllapito/synonyymit}. Each test works with words of its own, so that
 * tests sharing the database neither see nor disturb each other's groups.
 */
@KvServerTest
class SynonymAdminTests {

    static final String BASE = "/yllapito/synonyymit";
    static final String FORM = "form.kv-edit-form";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SynonymRepository repository;

    @Autowired
    Synonyms synonyms;

    /** A word no other test uses. */
    String word;

    @BeforeEach
    void aWordOfItsOwn() {
        word = "kokeilusana" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        MvcTestResult result = mvc.get().uri(BASE).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/kirjaudu");
        assertThat(mvc.post().uri(BASE + "/uusi").param("wordsFi", word).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(repository.findAll()).noneMatch(s -> word.equals(s.words(Language.FI)));
    }

    @Test
    void onlyAdminsAndEditorsMayOpenThePages() {
        var nobody = user("katsoja").authorities(AuthorityUtils.createAuthorityList("ROLE_VIEWER"));
        assertThat(mvc.get().uri(BASE).with(nobody)).hasStatus(403);
        assertThat(post(BASE + "/uusi", words(word, null, null), nobody)).hasStatus(403);

        assertThat(mvc.get().uri(BASE).with(admin())).hasStatusOk();
        assertThat(mvc.get().uri(BASE).with(editor("muokkaaja"))).hasStatusOk();
        assertThat(mvc.get().uri("/yllapito").with(editor("muokkaaja")))
                .hasStatusOk()
                .bodyText()
                .contains("Palveluoppaan synonyymit");
    }

    @Test
    void savingNeedsAValidCsrfToken() {
        var data = words(word, null, null);

        assertThat(mvc.post().uri(BASE + "/uusi").params(data).with(editor("muokkaaja")))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(BASE + "/uusi")
                        .params(data)
                        .with(editor("muokkaaja"))
                        .with(csrf().useInvalidToken()))
                .hasStatus(403);
        assertThat(stored(word)).isNull();
    }

    @Test
    void anEditorAddsChangesAndDeletesAGroupAndTheFinderUsesItAtOnce() {
        var editor = editor("muokkaaja");
        var form = formData(body(mvc.get().uri(BASE + "/uusi").with(editor).exchange()));
        form.set("wordsFi", " " + word + " ,  " + word + "ohje ,");
        form.set("wordsEn", word + "guide");
        form.set("note", "Testiryhmä");

        MvcTestResult added = post(BASE + "/uusi", form, editor);

        assertThat(added).hasStatus3xxRedirection();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(BASE);
        Synonym synonym = stored(word);
        assertThat(synonym.words(Language.FI)).isEqualTo(word + ", " + word + "ohje");
        assertThat(synonym.words(Language.SV)).isNull();
        assertThat(synonym.updatedBy()).isEqualTo("muokkaaja");
        assertThat(synonym.updatedAt()).isNotNull();
        assertThat(synonyms.equivalents(word)).contains(word + "guide");
        assertThat(body(mvc.get().uri(BASE).with(editor).exchange())).contains(word + "guide");

        var edit = formData(body(mvc.get()
                .uri(BASE + "/" + synonym.id() + "/muokkaa")
                .with(admin())
                .exchange()));
        assertThat(edit.getFirst("wordsEn")).isEqualTo(word + "guide");
        edit.set("wordsEn", word + "handbook");
        assertThat(post(BASE + "/" + synonym.id() + "/muokkaa", edit, admin())).hasStatus3xxRedirection();
        assertThat(stored(word).updatedBy()).isEqualTo("paakayttaja");
        assertThat(synonyms.equivalents(word)).contains(word + "handbook").doesNotContain(word + "guide");

        Document confirm = Jsoup.parse(body(mvc.get()
                .uri(BASE + "/" + synonym.id() + "/poista")
                .with(editor)
                .exchange()));
        assertThat(confirm.select("h1").text()).isEqualTo("Poistetaanko tämä sanaryhmä?");
        var delete = formData(confirm.html(), "main form");
        assertThat(post(BASE + "/" + synonym.id() + "/poista", delete, editor)).hasStatus3xxRedirection();
        assertThat(repository.findById(synonym.id())).isEmpty();
        assertThat(synonyms.equivalents(word)).doesNotContain(word + "handbook");

        MvcTestResult again = post(BASE + "/" + synonym.id() + "/poista", delete, editor);
        assertThat(again).hasStatus3xxRedirection();
        assertThat(again).flash().containsEntry("notice", "finder.synonyms.notice.already-deleted");
    }

    @Test
    void aGroupNeedsAWordAndFitsItsColumnsAndTheAnswersAreKept() {
        var editor = editor("muokkaaja");
        MvcTestResult empty = post(BASE + "/uusi", words(" , ", "", null, "Huomautus jää"), editor);

        assertThat(empty).hasStatusOk();
        Document page = Jsoup.parse(body(empty));
        assertThat(page.title()).startsWith("Virhe:");
        assertThat(page.select(".kv-error-summary a").eachText())
                .containsExactly("Anna vähintään yksi sana jollakin kielellä");
        assertThat(page.select(".kv-error-summary a").attr("href")).isEqualTo("#wordsFi");
        assertThat(page.select("#note").text()).isEqualTo("Huomautus jää");

        // Repeated words are dropped as the form tidies them: these are all different.
        String tooMany = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> word + i)
                .collect(java.util.stream.Collectors.joining(", "));
        MvcTestResult tooLong = post(BASE + "/uusi", words(word, tooMany, null, "x".repeat(501)), editor);

        assertThat(tooLong).hasStatusOk();
        Document again = Jsoup.parse(body(tooLong));
        assertThat(again.select(".kv-error-summary a").eachText())
                .containsExactlyInAnyOrder(
                        "Lyhennä sanaluetteloa: enintään 1000 merkkiä kielellä",
                        "Lyhennä huomautusta: enintään 500 merkkiä");
        assertThat(again.select("#wordsFi").attr("value")).isEqualTo(word);
        assertThat(stored(word)).isNull();

        MvcTestResult english = mvc.post()
                .uri(BASE + "/uusi?lang=en")
                .params(words(null, null, null))
                .with(editor)
                .with(csrf())
                .exchange();
        assertThat(Jsoup.parse(body(english)).select(".kv-error-summary a").text())
                .isEqualTo("Give at least one word in some language");
    }

    @Test
    void aStaleSaveShowsTheConflictAndLosesNothing() {
        var first = editor("eka");
        var second = editor("toka");
        assertThat(post(BASE + "/uusi", words(word, null, word + "en"), first)).hasStatus3xxRedirection();
        UUID id = stored(word).id();
        var firstForm = formData(
                body(mvc.get().uri(BASE + "/" + id + "/muokkaa").with(first).exchange()));
        var secondForm = formData(
                body(mvc.get().uri(BASE + "/" + id + "/muokkaa").with(second).exchange()));

        firstForm.set("wordsSv", word + "sv");
        assertThat(post(BASE + "/" + id + "/muokkaa", firstForm, first)).hasStatus3xxRedirection();
        secondForm.set("wordsEn", word + "english");
        MvcTestResult conflict = post(BASE + "/" + id + "/muokkaa", secondForm, second);

        assertThat(conflict).hasStatus(409);
        Document page = Jsoup.parse(body(conflict));
        assertThat(page.select("[role=alert] h2").text())
                .isEqualTo("Joku muu muutti tätä sanaryhmää, kun muokkasit sitä");
        assertThat(page.select("[role=alert]").text()).contains("eka").contains(word + "sv");
        var kept = formData(page.html());
        assertThat(kept.getFirst("wordsEn")).isEqualTo(word + "english");
        assertThat(stored(word).words(Language.EN)).isEqualTo(word + "en");
        assertThat(stored(word).words(Language.SV)).isEqualTo(word + "sv");

        kept.set("wordsSv", word + "sv");
        assertThat(post(BASE + "/" + id + "/muokkaa", kept, second)).hasStatus3xxRedirection();
        assertThat(stored(word).words(Language.EN)).isEqualTo(word + "english");
        assertThat(stored(word).updatedBy()).isEqualTo("toka");
    }

    @Test
    void deletingAGroupSomeoneChangedAsksAgain() {
        var editor = editor("muokkaaja");
        assertThat(post(BASE + "/uusi", words(word, null, null), editor)).hasStatus3xxRedirection();
        UUID id = stored(word).id();
        var delete = formData(
                body(mvc.get().uri(BASE + "/" + id + "/poista").with(editor).exchange()), "main form");
        var edit = formData(
                body(mvc.get().uri(BASE + "/" + id + "/muokkaa").with(admin()).exchange()));
        edit.set("note", "Muutettu välissä");
        assertThat(post(BASE + "/" + id + "/muokkaa", edit, admin())).hasStatus3xxRedirection();

        MvcTestResult stale = post(BASE + "/" + id + "/poista", delete, editor);

        assertThat(stale).hasStatus(409);
        assertThat(body(stale)).contains("Muutettu välissä");
        assertThat(repository.findById(id)).isPresent();
        var confirmed = formData(body(stale), "main form");
        assertThat(post(BASE + "/" + id + "/poista", confirmed, editor)).hasStatus3xxRedirection();
        assertThat(repository.findById(id)).isEmpty();
    }

    @Test
    void theListShowsTheBuiltInGlossaryReadOnly() {
        Document list =
                Jsoup.parse(body(mvc.get().uri(BASE).with(editor("muokkaaja")).exchange()));

        assertThat(list.select("h1")).hasSize(1);
        assertThat(list.select("#kv-glossary").text()).isEqualTo("Sovellukseen sisältyvä sanasto");
        assertThat(list.select("section:has(#kv-glossary)").text()).contains("search/glossary.txt");
        assertThat(list.select("details tbody tr").size()).isGreaterThan(50);
        assertThat(list.select("details tbody tr td:eq(0)").eachText()).contains("vienti, viejä");
        assertThat(list.select("details form, details input")).isEmpty();
    }

    @Test
    void unknownGroupsAreNotFound() {
        assertThat(mvc.get().uri(BASE + "/" + UUID.randomUUID() + "/muokkaa").with(admin()))
                .hasStatus(404);
        assertThat(mvc.get().uri(BASE + "/" + UUID.randomUUID() + "/poista").with(admin()))
                .hasStatus(404);
    }

    private Synonym stored(String fiWord) {
        return repository.findAll().stream()
                .filter(s -> s.wordList(Language.FI).contains(fiWord))
                .findFirst()
                .orElse(null);
    }

    private MvcTestResult post(String uri, MultiValueMap<String, String> data, RequestPostProcessor who) {
        return mvc.post().uri(uri).params(data).with(who).with(csrf()).exchange();
    }

    private static MultiValueMap<String, String> words(String fi, String sv, String en, String... note) {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("wordsFi", fi == null ? "" : fi);
        data.add("wordsSv", sv == null ? "" : sv);
        data.add("wordsEn", en == null ? "" : en);
        data.add("note", note.length == 0 ? "" : note[0]);
        return data;
    }

    private static RequestPostProcessor editor(String username) {
        return user(username).authorities(AuthorityUtils.createAuthorityList(Roles.ROLE_EDITOR));
    }

    private static RequestPostProcessor admin() {
        return user("paakayttaja").roles(Roles.ADMIN);
    }

    private static MultiValueMap<String, String> formData(String html) {
        return formData(html, FORM);
    }

    /** What a browser would submit from the form, without the CSRF token (tests add a valid one). */
    private static MultiValueMap<String, String> formData(String html, String selector) {
        var form = (FormElement) Jsoup.parse(html).selectFirst(selector);
        assertThat(form).as("form %s", selector).isNotNull();
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        form.formData().forEach(kv -> {
            if (!kv.key().equals("_csrf")) {
                data.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
            }
        });
        return data;
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
