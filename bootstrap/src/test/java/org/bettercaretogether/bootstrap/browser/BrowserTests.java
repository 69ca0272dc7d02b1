package org.bettercaretogether.bootstrap.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gives browser tests the running {@link Site}, started once for the whole test run, and a {@link Chromium} of
 * their own from the run's {@link Chromiums}, all stopped at the run's end, however the tests went. Browser tests may
 * run at once (see the {@code junit.jupiter.execution.parallel} settings in the module's POM).
 *
 * <p>Without Chromium the browser tests fail where they are {@linkplain Chromium#required() required} (CI), and are
 * skipped elsewhere with a notice that says so loudly, with the command that installs it.
 */
final class BrowserTests implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserTests.class);
    private static final Path WORK = Path.of("target", "browser");

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Path> chromium = Chromium.installed();
        if (chromium.isEmpty()) {
            String missing = "Chromium was not found at " + Chromium.expected() + ".";
            if (Chromium.required()) {
                throw new IllegalStateException(missing + " The browser tests are required here; install it with: "
                        + Chromium.INSTALL_COMMAND);
            }
            warnOnce(context, missing);
            throw new TestAbortedException(missing + " Browser tests skipped; install it with: "
                    + Chromium.INSTALL_COMMAND);
        }
        shared(context, Chromiums.class, () -> new Chromiums(chromium.get(),
                number -> directory("chromium-" + number)));
        shared(context, Site.class, () -> Site.start(directory("site")));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Site.class || type == Chromium.class;
    }

    /**
     * The site, or a Chromium the test has to itself until it ends (until its class ends, for a parameter of a class's
     * method): tests may run at once, and Playwright is for one thread at a time.
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store run = context.getRoot().getStore(NAMESPACE);
        if (parameter.getParameter().getType() == Site.class) {
            return run.get(Site.class, Site.class);
        }
        return context.getStore(NAMESPACE).computeIfAbsent(Chromiums.Lease.class,
                ignored -> run.get(Chromiums.class, Chromiums.class).lease(), Chromiums.Lease.class).chromium();
    }

    private static <T extends AutoCloseable> void shared(ExtensionContext context, Class<T> type,
                                                         Supplier<T> start) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(type, ignored -> start.get(), type);
    }

    /** Says so when the first browser test is skipped, and again when the run ends, where it is seen. */
    private static void warnOnce(ExtensionContext context, String missing) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(SkipNotice.class, ignored -> {
            SkipNotice notice = () -> System.err.printf("%n%s%n#  BROWSER TESTS SKIPPED. %s%n#  The accessibility "
                            + "checks and the journeys in a real browser did not run. Install Chromium with:%n#%n"
                            + "#      %s%n#%n%s%n%n", "#".repeat(100), missing, Chromium.INSTALL_COMMAND,
                    "#".repeat(100));
            notice.close();
            return notice;
        }, SkipNotice.class);
    }

    /** The notice, printed again when the test run closes what it stored. */
    private interface SkipNotice extends AutoCloseable {
        @Override
        void close();
    }

    /** A fresh directory under {@code target/browser}: the service's data must not outlive the run. */
    private static Path directory(String name) {
        try {
            Path directory = WORK.resolve(name).toAbsolutePath();
            if (Files.exists(directory)) {
                try (var old = Files.walk(directory)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
