package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;

import java.nio.file.Path;

/** Whole-page screenshots, kept in {@code target/screenshots} to look at after a run. */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Saves the whole of {@code page} as {@code name-phone.png} or {@code name-desktop.png}. */
    static Path save(Page page, String name, Viewport viewport) {
        Path file = DIRECTORY.resolve(name + "-" + viewport.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
