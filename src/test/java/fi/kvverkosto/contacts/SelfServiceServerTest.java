package fi.kvverkosto.contacts;

import fi.kvverkosto.DemoDataServerTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with the demo data and mail configured, sending to GreenMail ({@link TestMail}): one context shared
 * by the self-service tests and journey.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoDataServerTest
@Import(TestMail.class)
// Every request of the tests comes from one address: the per-client limit is tested on its own (LinkThrottleTests).
@TestPropertySource(properties = "kv.contacts.max-links-per-client=1000")
@interface SelfServiceServerTest {}
