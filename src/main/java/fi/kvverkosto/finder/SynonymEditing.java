package fi.kvverkosto.finder;

import fi.kvverkosto.shared.Language;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff keep the finder's synonym groups: list, add, change and delete, each change checked against the version the
 * user loaded (so that two people editing the same group do not overwrite each other unknowingly) and signed with who
 * made it and when. After every change the finder reads the list again ({@link Synonyms#changed()}).
 */
@Service
class SynonymEditing {

    static final String GLOSSARY = "search/glossary.txt";

    /** Times are shown in the region's time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final SynonymRepository repository;
    private final Synonyms synonyms;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SynonymEditing(
            SynonymRepository repository, Synonyms synonyms, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.synonyms = synonyms;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A group in the list. */
    record Row(
            UUID id,
            int version,
            String wordsFi,
            String wordsSv,
            String wordsEn,
            String note,
            String updatedBy,
            ZonedDateTime updatedAt) {

        static Row of(Synonym synonym) {
            return new Row(
                    synonym.id(),
                    synonym.version(),
                    synonym.words(Language.FI),
                    synonym.words(Language.SV),
                    synonym.words(Language.EN),
                    synonym.note(),
                    synonym.updatedBy(),
                    synonym.updatedAt().atZone(ZONE));
        }
    }

    /** How a save or a delete went. */
    sealed interface Outcome {}

    record Done(UUID id) implements Outcome {}

    /** Someone changed the group after the user loaded it; nothing was written. {@code current} is what is stored. */
    record Conflict(Row current) implements Outcome {}

    /** The group is no longer there: someone deleted it. */
    record Gone() implements Outcome {}

    /** A line of the built-in glossary: the same term in Finnish, Swedish and English. */
    record GlossaryEntry(String fi, String sv, String en) {}

    List<Row> list() {
        return transaction.execute(tx ->
                repository.findAllByOrderByWordsFiAsc().stream().map(Row::of).toList());
    }

    Optional<Row> row(UUID id) {
        return transaction.execute(tx -> repository.findById(id).map(Row::of));
    }

    Optional<SynonymForm> form(UUID id) {
        return transaction.execute(tx -> repository.findById(id).map(SynonymForm::of));
    }

    UUID create(SynonymForm form, String user) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> {
            var synonym = new Synonym(id);
            apply(synonym, form, user);
            repository.save(synonym);
        });
        synonyms.changed();
        return id;
    }

    /** Saves the form over the group if nobody changed it since the user loaded {@code form.getVersion()}. */
    Outcome update(UUID id, SynonymForm form, String user) {
        Outcome outcome;
        try {
            outcome = transaction.execute(tx -> {
                Optional<Synonym> stored = repository.findById(id);
                if (stored.isEmpty()) {
                    return new Gone();
                }
                Synonym synonym = stored.get();
                if (form.getVersion() == null || synonym.version() != form.getVersion()) {
                    return new Conflict(Row.of(synonym));
                }
                apply(synonym, form, user);
                repository.saveAndFlush(synonym);
                return new Done(id);
            });
        } catch (OptimisticLockingFailureException e) {
            // Saved by someone else between our read and our write.
            return row(id).<Outcome>map(Conflict::new).orElseGet(Gone::new);
        }
        if (outcome instanceof Done) {
            synonyms.changed();
        }
        return outcome;
    }

    /** Deletes the group if it is still the version the user saw. */
    Outcome delete(UUID id, Integer version) {
        Outcome outcome;
        try {
            outcome = transaction.execute(tx -> {
                Optional<Synonym> stored = repository.findById(id);
                if (stored.isEmpty()) {
                    return new Gone();
                }
                if (version == null || stored.get().version() != version) {
                    return new Conflict(Row.of(stored.get()));
                }
                repository.delete(stored.get());
                repository.flush();
                return new Done(id);
            });
        } catch (OptimisticLockingFailureException e) {
            return row(id).<Outcome>map(Conflict::new).orElseGet(Gone::new);
        }
        if (outcome instanceof Done) {
            synonyms.changed();
        }
        return outcome;
    }

    /** The glossary built into the application, which the synonyms extend; read-only here. */
    List<GlossaryEntry> glossary() {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (String line : WordList.read(GLOSSARY)) {
            List<String> columns =
                    Arrays.stream(line.split("\\|")).map(String::strip).toList();
            entries.add(new GlossaryEntry(column(columns, 0), column(columns, 1), column(columns, 2)));
        }
        return List.copyOf(entries);
    }

    private void apply(Synonym synonym, SynonymForm form, String user) {
        synonym.change(form.getWordsFi(), form.getWordsSv(), form.getWordsEn(), form.getNote(), user, clock.instant());
    }

    private static String column(List<String> columns, int index) {
        return index < columns.size() ? columns.get(index) : "";
    }
}
