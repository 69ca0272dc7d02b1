package org.bettercaretogether.bootstrap.browser;

/** The two screens every page and journey is tried on: a small phone and a laptop. */
enum Viewport {

    PHONE(375, 812),
    DESKTOP(1280, 900);

    final int width;
    final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT) + " " + width + " px";
    }
}
