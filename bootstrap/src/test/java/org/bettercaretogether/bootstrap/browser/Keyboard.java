package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person using the keyboard alone: they move with Tab (and the arrow keys within a group of radios), type, and press
 * Enter or Space. Each time focus arrives, it must be visible.
 */
final class Keyboard {

    /** More presses than any page of the site needs to reach its last control from its first. */
    private static final int MOST_PRESSES = 250;

    private static final String HAS_FOCUS = "element => element === document.activeElement";

    /**
     * Whether the focused element shows it, in the design system's way: its focus yellow (#ffdd00) in the element's
     * outline, shadow or background, or, for a radio or check box (hidden behind a drawn one), in the drawn box of its
     * label. Not merely "has a shadow": a button has one whether focused or not.
     */
    private static final String FOCUS_IS_VISIBLE = """
            element => {
              const yellow = 'rgb(255, 221, 0)';
              const shows = style => style.boxShadow.includes(yellow) || style.backgroundColor === yellow
                  || (style.outlineStyle !== 'none' && style.outlineColor === yellow
                      && parseFloat(style.outlineWidth) > 0);
              if (element.type === 'radio' || element.type === 'checkbox') {
                const label = document.querySelector(`label[for="${element.id}"]`);
                return label !== null && shows(getComputedStyle(label, '::before'));
              }
              return shows(getComputedStyle(element));
            }""";

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    /**
     * Presses Tab until {@code target} has the focus, and checks that the focus can be seen there. The element is
     * found once: asking the locator after every press would search the page again each time (by role, say).
     */
    Keyboard tabTo(Locator target) {
        ElementHandle element = target.elementHandle();
        try {
            tabUntil(target.toString(), () -> hasFocus(element));
            assertThat((Boolean) element.evaluate(FOCUS_IS_VISIBLE)).as("focus is visible on %s", target).isTrue();
        } finally {
            element.dispose();
        }
        return this;
    }

    private void tabUntil(String what, java.util.function.BooleanSupplier arrived) {
        for (int presses = 0; presses < MOST_PRESSES; presses++) {
            page.keyboard().press("Tab");
            if (arrived.getAsBoolean()) {
                return;
            }
        }
        fail("Tab never reached %s on %s", what, page.url());
    }

    /** Tabs to a link or button that leads to another page, presses Enter and waits for that page. */
    Keyboard follow(Locator target) {
        tabTo(target);
        return enter();
    }

    /** Tabs to a text field and types {@code text} into it, replacing what it held. */
    Keyboard fill(Locator field, String text) {
        tabTo(field);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Backspace");
        page.keyboard().type(text);
        return this;
    }

    /** Tabs to a check box and ticks it with Space. */
    Keyboard tick(Locator checkBox) {
        tabTo(checkBox);
        page.keyboard().press("Space");
        assertThat(checkBox.isChecked()).as("%s is ticked", checkBox).isTrue();
        return this;
    }

    /**
     * Chooses the radio {@code choice} of its group as a keyboard user does: Tab into the group (which lands on its
     * chosen or first radio), then the arrow keys to move along it; Space chooses the first.
     */
    Keyboard choose(Locator choice) {
        String group = (String) choice.evaluate("element => element.name");
        tabUntil("the radios named " + group, () -> (Boolean) page.evaluate("name => document.activeElement !== null"
                + " && document.activeElement.type === 'radio' && document.activeElement.name === name", group));
        int radios = page.locator("input[type=radio][name=\"" + group + "\"]").count();
        ElementHandle radio = choice.elementHandle();
        try {
            for (int presses = 0; presses < radios && !hasFocus(radio); presses++) {
                page.keyboard().press("ArrowDown");
            }
            assertThat(hasFocus(radio)).as("the arrow keys reach %s", choice).isTrue();
            assertThat((Boolean) radio.evaluate(FOCUS_IS_VISIBLE)).as("focus is visible on %s", choice).isTrue();
        } finally {
            radio.dispose();
        }
        page.keyboard().press("Space");
        assertThat(choice.isChecked()).as("%s is chosen", choice).isTrue();
        return this;
    }

    /** Tabs to a drop-down list and picks the option whose text starts with {@code text} by typing it. */
    Keyboard select(Locator list, String text) {
        tabTo(list);
        page.keyboard().type(text);
        assertThat((String) list.evaluate("element => element.options[element.selectedIndex].text"))
                .startsWith(text);
        return this;
    }

    /**
     * Presses Enter on the focused button or link, and waits for the page it leads to. Playwright would rather be told
     * the address to wait for, but a journey follows the site wherever it leads (a redirect after a form, say).
     */
    @SuppressWarnings("deprecation")
    Keyboard enter() {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        page.waitForLoadState();
        return this;
    }

    /** Presses Enter on the focused control, which acts within the page (an error summary's link, say). */
    Keyboard press() {
        page.keyboard().press("Enter");
        return this;
    }

    private static boolean hasFocus(ElementHandle element) {
        return (Boolean) element.evaluate(HAS_FOCUS);
    }
}
