package fi.kvverkosto.interop;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports HSDS files: parses them, checks everything against the files and the directory, and only then writes it
 * all, in one transaction. Any problem means nothing is written; a dry run writes, flushes (so that the database
 * checks its constraints too) and rolls back, so that its counts are those a real import would give.
 */
@Service
class HsdsImporter {

    private final CatalogExchange exchange;
    private final InteropStore store;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    HsdsImporter(
            CatalogExchange exchange,
            InteropStore store,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.exchange = exchange;
        this.store = store;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    ImportReport run(HsdsFiles files, boolean dryRun, Progress progress) {
        var report = importFiles(files, dryRun, progress);
        if (report.succeeded() && !dryRun) {
            var services = report.outcome().of(ImportOutcome.Kind.SERVICE);
            exchange.finishImport(services.created() + services.updated() + services.unchanged(), progress);
        }
        progress.phase(
                !report.succeeded()
                        ? "interop.import.phase.problems"
                        : dryRun ? "interop.import.phase.tried" : "interop.import.phase.saved");
        return report;
    }

    private ImportReport importFiles(HsdsFiles files, boolean dryRun, Progress progress) {
        progress.phase("interop.import.phase.read");
        var problems = new Problems();
        problems.addAll(files.problems());
        if (files.files().isEmpty() && files.problems().isEmpty()) {
            problems.add(null, null, null, "interop.problem.file.none", String.join(", ", HsdsFiles.NAMES));
        }
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        files.files().forEach((name, content) -> {
            var parsed = HsdsJson.parse(content);
            if (parsed.root() != null) {
                documents.put(name, parsed.root());
            } else if (new String(content, StandardCharsets.UTF_8).isBlank()) {
                problems.add(name, null, null, "interop.problem.json.empty");
            } else {
                problems.add(name, null, null, "interop.problem.json.broken", parsed.line(), parsed.column());
            }
        });
        if (!problems.isEmpty()) {
            return ImportReport.failed(dryRun, problems.list());
        }
        progress.phase("interop.import.phase.check");
        try {
            return transactions.execute(status -> {
                var mapped = HsdsImportMapping.map(documents, exchange.snapshot());
                // The parsed files are not read again: a large catalogue's tree is let go before its writing.
                documents.clear();
                if (!mapped.problems().isEmpty()) {
                    status.setRollbackOnly();
                    return ImportReport.failed(dryRun, mapped.problems());
                }
                progress.phase(dryRun ? "interop.import.phase.dry-run" : "interop.import.phase.write");
                var outcome = exchange.apply(mapped.catalogue(), progress);
                store.saveAttributeIds(mapped.attributeIds());
                mapped.settings().forEach(store::saveSetting);
                entityManager.flush();
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return new ImportReport(dryRun, outcome, List.of());
            });
        } catch (DataAccessException | PersistenceException | TransactionException e) {
            // Checks above should leave nothing for the database to refuse; if it still does, say what it said.
            var cause = NestedExceptionUtils.getMostSpecificCause(e);
            problems.add(null, null, null, "interop.problem.database", String.valueOf(cause.getMessage()));
            return ImportReport.failed(dryRun, problems.list());
        }
    }
}
