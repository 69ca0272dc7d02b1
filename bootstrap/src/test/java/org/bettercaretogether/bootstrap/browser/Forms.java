package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms sent as a person sends them, to see the page that answers them. */
final class Forms {

    /**
     * Empties every field of a form a person can change: text cleared, nothing chosen in a list, no radio chosen, no
     * box ticked, no file.
     */
    private static final String EMPTY = """
            form => {
              for (const field of form.elements) {
                if (field.type === 'radio' || field.type === 'checkbox') {
                  field.checked = false;
                } else if (field.tagName === 'SELECT') {
                  field.selectedIndex = -1;
                } else if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT' && field.type !== 'hidden') {
                  field.value = '';
                }
              }
            }""";

    private Forms() {
    }

    /** Sends the form as it is and waits for the page that answers with an error summary. */
    static void submitExpectingErrors(Page page, String form) {
        submitExpectingErrors(page, page.locator(form));
    }

    /** Sends the form as it is and waits for the page that answers with an error summary. */
    static void submitExpectingErrors(Page page, Locator form) {
        Response answer = submit(page, form);
        assertThat(answer.status()).as("the answer to %s: %s", form, page.locator("main").textContent())
                .isIn(400, 401, 422);
        assertThat(page.locator(".govuk-error-summary").isVisible()).as("the error summary of %s", form).isTrue();
    }

    /** Sends the form with every field a person can change left empty, and waits for the page with its errors. */
    static void submitEmptyExpectingErrors(Page page, Locator form) {
        form.evaluate(EMPTY);
        submitExpectingErrors(page, form);
    }

    /**
     * Sends the form as it is and waits until the page that answers it (after any redirect) has loaded. Playwright
     * would rather be told the address to wait for, but a form's answer is wherever the site leads.
     */
    @SuppressWarnings("deprecation")
    static Response submit(Page page, Locator form) {
        return page.waitForNavigation(() -> form.locator("button[type=submit]").click());
    }
}
