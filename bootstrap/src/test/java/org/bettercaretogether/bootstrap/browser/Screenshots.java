package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;

import java.nio.file.Path;

/**
 * Screenshots, kept in {@code target/screenshots} to look at after a run: the whole page, and the first screen of it
 * as a person sees it on arrival (the ones in {@code docs/screenshots} are copies of those).
 */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /**
     * Saves the whole of {@code page} as {@code name-phone.png} or {@code name-desktop.png}, and its first screen as
     * {@code name-phone-screen.png} or {@code name-desktop-screen.png}.
     */
    static void save(Page page, String name, Viewport viewport) {
        String file = name + "-" + viewport.name().toLowerCase(java.util.Locale.ROOT);
        page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(file + ".png")).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(file + "-screen.png")));
    }
}
