package org.bettercaretogether.persistence.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import javax.sql.DataSource;

/**
 * Gives each test class a fresh, empty database on a real PostgreSQL server.
 *
 * <p>One embedded server is started per test JVM, when the first class needs it, and is stopped when JUnit has
 * run every test (through the root context's store, so also after failures). Each test class gets its own database,
 * dropped after its last test; {@code @Nested} classes share their enclosing class's database. The database is
 * empty: a test that needs the schema migrates it, e.g. with {@code SchemaMigrations.migrate(database.dataSource())}
 * in a {@code @BeforeAll} method; or, on a class marked {@link MigratedSchema}, it comes migrated already.
 *
 * <p>Either declare {@code @ExtendWith(EmbeddedPostgresExtension.class)} and take a {@link TestDatabase} or a
 * {@link DataSource} as a parameter of a constructor, lifecycle method or test, or register it in a static field
 * ({@code @RegisterExtension static final EmbeddedPostgresExtension postgres = new EmbeddedPostgresExtension();})
 * and call {@link #database()} from {@code @BeforeAll} on.
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedPostgresExtension.class);

    private volatile TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = databaseFor(context);
    }

    /**
     * The current test class's database, when this extension is registered in a static field.
     *
     * @throws IllegalStateException before the class's tests start
     */
    public TestDatabase database() {
        TestDatabase current = database;
        if (current == null) {
            throw new IllegalStateException("no database yet: register the extension in a static field and ask from "
                    + "@BeforeAll on");
        }
        return current;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase resolved = databaseFor(context);
        return parameter.getParameter().getType() == DataSource.class ? resolved.dataSource() : resolved;
    }

    private static TestDatabase databaseFor(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedServer.class, key -> new SharedServer(),
                SharedServer.class);
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        String hint = classContext.getTestClass().map(Class::getSimpleName).orElse("db");
        boolean migrated = classContext.getTestClass().filter(EmbeddedPostgresExtension::wantsMigratedSchema)
                .isPresent();
        // A value stored for an enclosing class is found from a @Nested class too; closed (dropped) with its class.
        return classContext.getStore(NAMESPACE).computeIfAbsent(TestDatabase.class,
                key -> migrated ? TestDatabases.createMigrated(hint) : TestDatabases.create(hint),
                TestDatabase.class);
    }

    /** Whether the class, or a class it is nested in, is marked {@link MigratedSchema}. */
    private static boolean wantsMigratedSchema(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            if (type.isAnnotationPresent(MigratedSchema.class)) {
                return true;
            }
        }
        return false;
    }

    /** Stops the shared server when the root context closes, after the last test of the JVM's run. */
    private static final class SharedServer implements AutoCloseable {
        @Override
        public void close() {
            TestDatabases.stopServer();
        }
    }
}
