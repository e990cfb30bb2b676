package fi.kvverkosto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port over a database of its own, for the tests that import the benchmark catalogue of
 * Central Finland's services ({@link TestCatalogue}) and measure search and the finder on it. One context shared by
 * all of them (the catalogue is imported into it idempotently), never meeting {@link KvServerTest}'s, whose small test
 * catalogue uses the same term codes with other ids. The demand signal is off: the measured queries are not demand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kv.test.context=real-catalogue", "kv.finder.demand-signal=false"})
public @interface RealCatalogueTest {}
