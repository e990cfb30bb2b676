package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.directory.ServiceMatching;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A catalogue of many services is indexed after the import's commit, not in its transaction: here "many" is one, so
 * that the small test files take that path. The services are searchable when the import returns.
 */
@SpringBootTest(properties = {"kv.directory.index-after-commit-from=1", "kv.demo-data=false"})
class HsdsLargeImportTests {

    @Autowired
    HsdsImporter importer;

    @Autowired
    ServiceMatching matching;

    @Test
    void aLargeCatalogueIsSearchableWhenItsImportReturns() throws IOException {
        var tried = importer.run(HsdsFiles.fromDirectory(HsdsTestFiles.SMALL), true, Progress.NONE);
        assertThat(tried.problems()).isEmpty();
        assertThat(found()).isEmpty();

        var report = importer.run(HsdsFiles.fromDirectory(HsdsTestFiles.SMALL), false, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(found()).contains(HsdsTestFiles.SMALL_SERVICE_ADVICE);
    }

    private List<java.util.UUID> found() {
        return matching.match("Testineuvonta", List.of(), Map.of(), List.of(), false, 10).stream()
                .map(ServiceMatching.Match::serviceId)
                .toList();
    }
}
