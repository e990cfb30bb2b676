package fi.kvverkosto;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a fresh PostgreSQL database when {@code KV_TEST_POSTGRES_URL} is set (for example
 * {@code jdbc:postgresql://localhost:5432/postgres}, with {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}), so
 * that the whole suite runs on PostgreSQL as it runs on H2: each context starting from an empty, migrated database.
 * Without it, {@code config/application.yml} gives each context its own in-memory H2 database.
 */
class TestDatabases implements ContextCustomizerFactory {

    static final String POSTGRES_URL = "KV_TEST_POSTGRES_URL";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        String url = System.getenv(POSTGRES_URL);
        return url == null || url.isBlank() ? null : new FreshPostgresDatabase(url);
    }

    record FreshPostgresDatabase(String adminUrl) implements ContextCustomizer {

        private static final AtomicInteger COUNTER = new AtomicInteger();

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var environment = context.getEnvironment();
            String user = environment.getProperty("spring.datasource.username");
            String password = environment.getProperty("spring.datasource.password");
            String name = "kv_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            try (var connection = DriverManager.getConnection(adminUrl, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
            }
            TestPropertyValues.of("spring.datasource.url=" + databaseUrl(name)).applyTo(context);
        }

        private String databaseUrl(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }
}
