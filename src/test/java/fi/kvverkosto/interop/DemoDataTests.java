package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.shared.KvProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;

/** The demo data loader: imports into an empty directory, says what it did, and otherwise stays out of the way. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

    static final DefaultApplicationArguments NO_ARGUMENTS = new DefaultApplicationArguments();

    @Autowired
    HsdsImporter importer;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ResourceLoader resources;

    @Autowired
    MessageSource messages;

    static KvProperties settings(boolean demoData, String command) {
        return new KvProperties(Path.of("target/test-data"), demoData, command);
    }

    static CatalogExchange empty() {
        var exchange = mock(CatalogExchange.class);
        when(exchange.isEmpty()).thenReturn(true);
        return exchange;
    }

    @Test
    void importsTheFolderIntoAnEmptyDirectoryAndLogsTheCounts(CapturedOutput output) throws Exception {
        var loader = new DemoData(
                settings(true, null), empty(), importer, resources, messages, HsdsTestFiles.SMALL_LOCATION);

        loader.run(NO_ARGUMENTS);

        assertThat(exchange.snapshot().organisations())
                .anySatisfy(o -> assertThat(o.id()).isEqualTo(HsdsTestFiles.SMALL_ORGANISATION));
        assertThat(output)
                .containsPattern("Demo data imported from classpath:interop/small/: \\d+ organisations, \\d+ services");
    }

    @Test
    void missingFolderIsAWarningAndTheDirectoryStaysEmpty(CapturedOutput output) throws Exception {
        var importer = mock(HsdsImporter.class);
        var loader = new DemoData(
                settings(true, null), empty(), importer, resources, messages, "classpath:interop/no-such-folder/");

        loader.run(NO_ARGUMENTS);

        verifyNoInteractions(importer);
        assertThat(output).contains("No demo data at classpath:interop/no-such-folder/");
    }

    @Test
    void doesNothingWhenTurnedOffRunningACommandOrTheDirectoryHasData() throws Exception {
        var importer = mock(HsdsImporter.class);
        var notEmpty = mock(CatalogExchange.class);
        when(notEmpty.isEmpty()).thenReturn(false);

        new DemoData(settings(false, null), empty(), importer, resources, messages, HsdsTestFiles.SMALL_LOCATION)
                .run(NO_ARGUMENTS);
        new DemoData(
                        settings(true, "export-hsds"),
                        empty(),
                        importer,
                        resources,
                        messages,
                        HsdsTestFiles.SMALL_LOCATION)
                .run(NO_ARGUMENTS);
        new DemoData(settings(true, null), notEmpty, importer, resources, messages, HsdsTestFiles.SMALL_LOCATION)
                .run(NO_ARGUMENTS);

        verifyNoInteractions(importer);
    }

    @Test
    void theApplicationItselfStartsWithDemoDataOffInTests() {
        // The test settings turn it off; the default on (kv.demo-data=true) is in application.yml.
        assertThat(new DemoData(settings(false, null), exchange, importer, resources, messages))
                .isNotNull();
    }
}
