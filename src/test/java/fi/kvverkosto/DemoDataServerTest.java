package fi.kvverkosto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application as a newcomer gets it: on a random port, started on an empty database that the built-in demo data
 * of Central Finland's services fills, as {@code bin/run} does. For journeys that need real services. One shared
 * context: it never meets {@link KvServerTest}'s, whose small test catalogue uses the same term codes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kv.demo-data=true", "kv.test.context=demo-data"})
@AutoConfigureMockMvc
public @interface DemoDataServerTest {}
