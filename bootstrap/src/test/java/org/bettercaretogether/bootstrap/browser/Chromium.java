package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine's own Chromium (Debian's package), driven headless by Playwright. Playwright is told never to download
 * a browser of its own: the one tested is the one a person installs.
 */
final class Chromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts it; {@code BCT_CHROMIUM} names another. */
    static final Path DEBIAN = Path.of("/usr/bin/chromium");
    static final String INSTALL_COMMAND = "sudo apt-get install -y chromium";

    /**
     * Without the background-networking switches Chromium keeps trying to reach its vendor's services, which a closed
     * network refuses many times a second; without the sandbox it runs as root in a container.
     */
    private static final List<String> SWITCHES = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Where the browser tests look for Chromium. */
    static Path expected() {
        return Optional.ofNullable(System.getenv("BCT_CHROMIUM")).map(Path::of).orElse(DEBIAN);
    }

    /** The Chromium this machine has, if it has one. */
    static Optional<Path> installed() {
        return Optional.of(expected()).filter(Files::isExecutable);
    }

    /**
     * Whether a missing Chromium fails the build rather than skipping the browser tests: in CI (where {@code .ci/run}
     * installs it) and wherever {@code BCT_BROWSER_TESTS=required} says so.
     */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getenv("BCT_BROWSER_TESTS"));
    }

    /** Starts {@code executable} headless, keeping its profile, cache and configuration under {@code workDirectory}. */
    static Chromium launch(Path executable, Path workDirectory) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(SWITCHES)
                    .setEnv(Map.of("XDG_CONFIG_HOME", workDirectory.resolve("config").toString(),
                            "XDG_CACHE_HOME", workDirectory.resolve("cache").toString(),
                            "HOME", workDirectory.toString())));
            return new Chromium(playwright, browser);
        } catch (RuntimeException failure) {
            playwright.close();
            throw failure;
        }
    }

    /** A new private window (no cookies from any other) of {@code viewport}'s size, showing a blank page. */
    Page open(Viewport viewport, String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height).setBaseURL(baseUrl).setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        // Steps wait for what they check, up to this bound, which only decides how soon a real failure shows. Every
        // page answers in well under a second on an idle machine, but a step took over 10 s with the whole build
        // running beside other builds (load 19 on 2 cores): the bound is for such a machine.
        context.setDefaultTimeout(60_000);
        return context.newPage();
    }

    String version() {
        return browser.version();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
