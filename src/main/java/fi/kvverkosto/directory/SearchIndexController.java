package fi.kvverkosto.directory;

import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.BackgroundTasks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' search index page {@code /yllapito/hakuindeksi}: how many services the index holds against the database,
 * and a button that rebuilds it as a background task whose progress the page follows.
 */
@Controller
class SearchIndexController {

    static final String PATH = "/yllapito/hakuindeksi";

    private final SearchIndexing indexing;
    private final BackgroundTasks tasks;
    private final EditorAccess access;

    SearchIndexController(SearchIndexing indexing, BackgroundTasks tasks, EditorAccess access) {
        this.indexing = indexing;
        this.tasks = tasks;
        this.access = access;
    }

    @GetMapping(PATH)
    String page(Model model) {
        requireAdmin();
        var state = indexing.state();
        model.addAttribute("state", state);
        if (state.lastTask() != null) {
            tasks.status(state.lastTask()).ifPresent(status -> model.addAttribute("status", status));
        }
        return "directory/search-index";
    }

    @PostMapping(PATH)
    String start(Principal principal) {
        requireAdmin();
        UUID task = indexing.startReindex(principal.getName());
        return "redirect:" + PATH + "/" + task;
    }

    @GetMapping(PATH + "/{task}")
    String progress(@PathVariable String task, Model model, HtmxRequest htmx) {
        requireAdmin();
        var status = parse(task)
                .flatMap(tasks::status)
                .filter(s -> s.kind().equals(SearchIndexing.TASK_KIND))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("status", status);
        model.addAttribute("state", indexing.state());
        return htmx.isHtmxRequest() ? "directory/search-index :: status" : "directory/search-index";
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Rebuilding the search index is for admins");
        }
    }

    private static java.util.Optional<UUID> parse(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
