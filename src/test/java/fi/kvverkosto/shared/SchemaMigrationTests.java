package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fi.kvverkosto.KvVerkostoApplication;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

class SchemaMigrationTests {

    final SchemaMigration.MigrationInProgress migration = new SchemaMigration.MigrationInProgress();
    final CountDownLatch migrating = new CountDownLatch(1);

    @Test
    void hibernateBootsWhileTheSchemaIsMigratedButIsHandedOutOnlyAfterwards() throws Exception {
        migration.start(this::waitForRelease);
        var booted = new CountDownLatch(1);
        var executor = new SchemaMigration.AfterMigration(new SimpleAsyncTaskExecutor(), migration, false);

        var factory = executor.submit(() -> {
            booted.countDown();
            return "entity manager factory";
        });

        assertThat(booted.await(10, TimeUnit.SECONDS))
                .as("booted during the migration")
                .isTrue();
        assertThat(factory).isNotDone();
        migrating.countDown();
        assertThat(factory.get(10, TimeUnit.SECONDS)).isEqualTo("entity manager factory");
    }

    @Test
    void whenHibernateValidatesTheSchemaItBootsOnlyAfterTheMigration() throws Exception {
        migration.start(this::waitForRelease);
        var booted = new AtomicBoolean();
        var executor = new SchemaMigration.AfterMigration(new SimpleAsyncTaskExecutor(), migration, true);

        var factory = executor.submit(() -> booted.getAndSet(true));

        Thread.sleep(200);
        assertThat(booted).as("not booted while migrating").isFalse();
        migrating.countDown();
        assertThat(factory.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(booted).isTrue();
    }

    @Test
    void aFailedMigrationFailsTheBootstrapAndClosesWhatWasBuilt() {
        migration.start(() -> {
            throw new IllegalStateException("V99 failed");
        });
        var closed = new AtomicBoolean();
        var executor = new SchemaMigration.AfterMigration(new SimpleAsyncTaskExecutor(), migration, false);

        var factory = executor.submit(() -> (AutoCloseable) () -> closed.set(true));

        assertThatThrownBy(() -> factory.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .rootCause()
                .hasMessage("V99 failed");
        assertThat(closed).isTrue();
    }

    @Test
    void tellsTheVendorFromThePoolsUrlWithoutConnecting() {
        try (var h2 = pool("jdbc:h2:mem:vendor-test;MODE=PostgreSQL");
                var postgres = pool("jdbc:postgresql://localhost:1/nowhere")) {
            assertThat(SchemaMigration.vendorOf(h2)).isEqualTo("h2");
            assertThat(SchemaMigration.vendorOf(postgres)).isEqualTo("postgresql");
            assertThat(postgres.isRunning()).as("no connection opened").isFalse();
        }
        try (var unknown = pool("jdbc:nosuchdb:x")) {
            assertThatThrownBy(() -> SchemaMigration.vendorOf(unknown)).hasMessageContaining("jdbc:nosuchdb:x");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang would be the failure, not slowness
    void theApplicationStartsOnAFreshDatabaseWithHibernateBootingAlongside() {
        try (var context = new SpringApplicationBuilder(KvVerkostoApplication.class)
                .run("--spring.jpa.hibernate.ddl-auto=none", "--server.port=0")) {
            var factory = context.getBean("&entityManagerFactory", AbstractEntityManagerFactoryBean.class);
            assertThat(factory.getBootstrapExecutor()).isInstanceOf(SchemaMigration.AfterMigration.class);
            var beans = context.getBeanFactory();
            for (String webServer : beans.getBeanNamesForType(WebServerFactory.class)) {
                assertThat(beans.getBeanDefinition(webServer).getDependsOn())
                        .as("Hibernate starts booting before the web server is made")
                        .contains("entityManagerFactory");
            }
            assertThat(beans.getBeanNamesForType(WebServerFactory.class)).isNotEmpty();
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                    .isGreaterThan(10);
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where script like 'V8_5%'", Integer.class))
                    .as("the vendor's migrations ran")
                    .isEqualTo(1);
            assertThat(factory.getObject()
                            .createEntityManager()
                            .createQuery("select count(o) from Organisation o", Long.class)
                            .getSingleResult())
                    .isZero();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aFailedMigrationFailsTheStart() {
        var application = new SpringApplicationBuilder(KvVerkostoApplication.class);

        assertThatThrownBy(() -> application
                        .run(
                                "--spring.jpa.hibernate.ddl-auto=none",
                                "--server.port=0",
                                "--spring.flyway.locations=classpath:db/migration,classpath:db/broken-migration")
                        .close())
                .hasStackTraceContaining("The database schema could not be migrated")
                .hasStackTraceContaining("V99_1__broken.sql");
    }

    private void waitForRelease() {
        try {
            migrating.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HikariDataSource pool(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
