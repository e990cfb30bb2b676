package fi.kvverkosto;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the application modules (no cycles, no access to another module's internals) and writes their diagrams and canvases to docs/modules. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KvVerkostoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
