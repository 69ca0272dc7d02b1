package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering a consultation in Chromium: a person on a phone, with the keyboard alone, starts from the consultation's
 * page, meets the error of a required question left empty, corrects it, checks their answers and sends them, and is
 * shown the confirmation with the private link to them. axe checks the start and question pages in the walk of the
 * public pages, and a question's error in the error states ({@link PublicPagesAccessibilityBrowserTest}).
 */
@ExtendWith(BrowserTests.class)
@Order(6)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class ConsultationAnsweringBrowserTest {

    private Page page;

    @AfterEach
    void closeTheWindow() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void on_a_phone_with_the_keyboard_alone_a_person_answers_a_consultation_correcting_a_mistake_and_sends_it(
            Site site, Chromium chromium) {
        page = chromium.open(Viewport.PHONE, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/consultations/maternity-and-newborn-care");
        keys.tabTo(link("Skip to main content"));

        keys.follow(link("Respond to this consultation"));
        assertThat(heading()).isEqualTo("Maternity and newborn care");
        assertThat(main()).contains("You can answer until");
        keys.follow(link("Start now"));
        assertThat(heading()).isEqualTo("Should more clinics be held in community hospitals?");

        keys.tabTo(button("Continue")).enter();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Select an answer");
        assertThat(page.title()).startsWith("Error: ");
        keys.choose(page.locator("#support-2")).tabTo(button("Continue")).enter();

        assertThat(heading()).isEqualTo("Which Integrated Care Community do you live in?");
        keys.select(page.locator("#community"), "Kendal").tabTo(button("Continue")).enter();

        assertThat(heading()).isEqualTo("Check your answers before sending them");
        assertThat(main()).contains("Agree").contains("Kendal");
        keys.tabTo(button("Send your response")).enter();

        assertThat(page.locator(".govuk-panel__title").textContent().strip()).isEqualTo("Response sent");
        assertThat(main()).contains("Keep this link to see your answers").contains("Agree");
        assertThat(page.url()).contains("/consultation-responses/");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String heading() {
        return page.locator("h1").textContent().strip();
    }

    private String main() {
        return page.locator("main").textContent();
    }
}
