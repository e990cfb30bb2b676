package fi.kvverkosto.shared;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Flyway migrates the schema (on a restart: checks that it is up to date) on a thread of its own while Hibernate boots
 * on another and the main thread goes on making beans, instead of all three one after the other (ADR 11).
 *
 * <p>Nothing that uses the database sees it before the migration has finished, as before:
 *
 * <ul>
 *   <li>the entity manager factory is not handed out until the migration has finished: when Hibernate validates the
 *       schema while it boots (the test suite does), it waits before booting; otherwise it boots alongside and waits
 *       at the end;
 *   <li>every other bean that Spring Boot makes wait for Flyway (JDBC templates, beans marked
 *       {@code @DependsOnDatabaseInitialization}) waits for the migration itself, not only for its start.
 * </ul>
 *
 * A failed migration fails the start, as it did on the main thread.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

    /** Spring Boot's bean that runs Flyway at start. */
    static final String FLYWAY_INITIALIZER = "flywayInitializer";

    /** The bean that exists once the migration has finished. */
    static final String MIGRATED = "schemaMigrated";

    @Bean
    MigrationInProgress schemaMigrationInProgress() {
        return new MigrationInProgress();
    }

    /**
     * Adds the vendor's own migrations ({@code db/vendor/h2} or {@code db/vendor/postgresql}), the vendor told by the
     * connection pool's JDBC URL. Spring Boot's {@code {vendor}} placeholder would open the first database connection
     * on the main thread to ask; this leaves that to the migration's thread.
     */
    @Bean
    FlywayConfigurationCustomizer vendorMigrations() {
        return configuration -> {
            var locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location("classpath:db/vendor/" + vendorOf(configuration.getDataSource())));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    static String vendorOf(DataSource dataSource) {
        String url = dataSource instanceof HikariDataSource pool ? pool.getJdbcUrl() : null;
        if (url == null) {
            try {
                url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("Cannot tell which database the application uses", e);
            }
        }
        DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
        if (driver == DatabaseDriver.UNKNOWN) {
            throw new IllegalStateException("Cannot tell which database the JDBC URL " + url + " is for");
        }
        return driver.getId();
    }

    @Bean
    FlywayMigrationStrategy migrateAlongside(MigrationInProgress migration) {
        return migration::start;
    }

    @Bean(MIGRATED)
    @DependsOn(FLYWAY_INITIALIZER)
    Migrated schemaMigrated(MigrationInProgress migration) {
        migration.await();
        return new Migrated();
    }

    /** Beans that waited for Flyway's bean now wait for the migration's end (except the entity manager factory). */
    @Bean
    static BeanFactoryPostProcessor waitForMigratedSchema() {
        return beanFactory -> {
            Set<String> factories = entityManagerFactories(beanFactory);
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn == null
                        || factories.contains(name)
                        || name.equals(MIGRATED)
                        || !Arrays.asList(dependsOn).contains(FLYWAY_INITIALIZER)
                        || Arrays.asList(dependsOn).contains(MIGRATED)) {
                    continue;
                }
                dependOn(definition, Set.of(MIGRATED));
            }
        };
    }

    /**
     * Makes the entity manager factory, and with it Flyway's bean, before the web server: both only start work on
     * threads of their own (the migration, Hibernate's bootstrap), which is the longest path of a start, so they start
     * before the main thread spends its next seconds on the web server's filters, security and controllers instead of
     * after them.
     */
    @Bean
    static BeanFactoryPostProcessor startPersistenceBeforeWebServer() {
        return beanFactory -> {
            Set<String> factories = entityManagerFactories(beanFactory);
            if (factories.isEmpty()) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(WebServerFactory.class, true, false)) {
                dependOn(beanFactory.getBeanDefinition(BeanFactoryUtils.transformedBeanName(name)), factories);
            }
        };
    }

    /** The names of the entity manager factories' beans (without the factory-bean prefix). */
    private static Set<String> entityManagerFactories(ConfigurableListableBeanFactory beanFactory) {
        var factories = new LinkedHashSet<String>();
        for (String name : beanFactory.getBeanNamesForType(EntityManagerFactory.class, true, false)) {
            factories.add(BeanFactoryUtils.transformedBeanName(name));
        }
        return factories;
    }

    /** Adds {@code beans} to what {@code definition} depends on, after what it already did, each once. */
    private static void dependOn(BeanDefinition definition, Set<String> beans) {
        var dependsOn = new LinkedHashSet<String>();
        if (definition.getDependsOn() != null) {
            dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
        }
        dependsOn.addAll(beans);
        definition.setDependsOn(dependsOn.toArray(String[]::new));
    }

    /** Hands Hibernate's bootstrap out only once the migration has finished. */
    @Bean
    static BeanPostProcessor entityManagerFactoryAfterMigration(ObjectProvider<MigrationInProgress> migration) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    MigrationInProgress running = migration.getIfAvailable();
                    if (running != null && running.started()) {
                        AsyncTaskExecutor executor = factory.getBootstrapExecutor();
                        boolean validates = !"none"
                                .equals(String.valueOf(
                                        factory.getJpaPropertyMap().getOrDefault("hibernate.hbm2ddl.auto", "none")));
                        if (executor == null) {
                            running.await();
                        } else {
                            factory.setBootstrapExecutor(new AfterMigration(executor, running, validates));
                        }
                    }
                }
                return bean;
            }
        };
    }

    /** The migration Flyway runs on its thread. */
    static final class MigrationInProgress {

        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private volatile boolean started;

        void start(Flyway flyway) {
            start(() -> flyway.migrate());
        }

        void start(Runnable migrate) {
            started = true;
            Thread.ofPlatform().name("schema-migration").daemon().start(() -> {
                try {
                    migrate.run();
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            });
        }

        boolean started() {
            return started;
        }

        /** Returns when the migration has finished; throws its failure. */
        void await() {
            if (!started) {
                return;
            }
            try {
                done.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("The database schema could not be migrated", e.getCause());
            }
        }
    }

    /** Exists once the schema is migrated. */
    static final class Migrated {}

    /** Runs Hibernate's bootstrap on the given executor and completes it only after the migration. */
    static final class AfterMigration implements AsyncTaskExecutor {

        private final AsyncTaskExecutor executor;
        private final MigrationInProgress migration;
        private final boolean waitFirst;

        AfterMigration(AsyncTaskExecutor executor, MigrationInProgress migration, boolean waitFirst) {
            this.executor = executor;
            this.migration = migration;
            this.waitFirst = waitFirst;
        }

        @Override
        public void execute(Runnable task) {
            executor.execute(() -> {
                migration.await();
                task.run();
            });
        }

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            return executor.submit(() -> {
                if (waitFirst) {
                    migration.await();
                }
                T result = task.call();
                try {
                    migration.await();
                } catch (RuntimeException e) {
                    if (result instanceof AutoCloseable built) {
                        built.close();
                    }
                    throw e;
                }
                return result;
            });
        }
    }
}
