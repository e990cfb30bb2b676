package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLayoutTests {

    @TempDir
    Path folder;

    @Test
    void anIndexIsCurrentOnlyOnceItsVersionIsNoted() throws Exception {
        var layout = new IndexLayout(folder.resolve("index").resolve("kv-layout-version"), 3);
        assertThat(layout.isCurrent()).isFalse();

        layout.write();

        assertThat(layout.isCurrent()).isTrue();
        assertThat(Files.readString(layout.file())).isEqualTo("3");
        assertThat(new IndexLayout(layout.file(), 4).isCurrent()).isFalse();
    }
}
