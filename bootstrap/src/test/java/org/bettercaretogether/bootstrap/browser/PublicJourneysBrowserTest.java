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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member of the public comes to do, done in Chromium with the keyboard alone, on a phone's width and a
 * laptop's: find their community, read its priorities and team, come to a meeting (and change their mind), and share
 * a view and follow it; and on a phone, answer a consultation.
 */
@ExtendWith(BrowserTests.class)
@Order(4) // the shorter ones fill in after
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class PublicJourneysBrowserTest {

    private Page page;

    @AfterEach
    void closeTheWindow() {
        if (page != null) {
            page.context().close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void a_person_finds_their_community_from_the_home_page_by_town_and_by_postcode(Viewport viewport, Site site,
                                                                                  Chromium chromium) {
        page = chromium.open(viewport, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/");
        keys.tabTo(link("Skip to main content"));

        keys.fill(page.locator("#place"), "Kendal").enter();
        assertThat(heading()).isEqualTo("Find your Integrated Care Community");
        keys.follow(link(Site.COMMUNITY_NAME + " Integrated Care Community"));
        assertThat(heading()).contains(Site.COMMUNITY_NAME);
        assertThat(page.url()).endsWith("/communities/" + Site.COMMUNITY);

        page.navigate("/");
        keys.fill(page.locator("#place"), "la9 4dl").enter();
        keys.follow(link(Site.COMMUNITY_NAME + " Integrated Care Community"));
        assertThat(page.url()).endsWith("/communities/" + Site.COMMUNITY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void a_person_reads_a_communitys_priorities_and_its_team(Viewport viewport, Site site, Chromium chromium) {
        page = chromium.open(viewport, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/");
        keys.follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("See all 12 Integrated Care Communities")));
        keys.follow(link(Site.COMMUNITY_NAME + " Integrated Care Community"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Site.PRIORITY))
                .isVisible()).as("the priority under Local priorities").isTrue();
        Locator team = page.locator("table:has(#team-caption)");
        assertThat(team.textContent()).contains("University Hospitals");
        String profession = team.locator("tbody tr").first().locator("th, td").first().textContent().strip();
        Screenshots.save(page, "community-" + Site.COMMUNITY, viewport);

        keys.follow(link("Compare priorities across all communities"));
        assertThat(page.locator("main").textContent()).contains(Site.PRIORITY);
        page.goBack();
        page.waitForLoadState();
        keys.follow(link("See the integrated teams across all communities"));
        assertThat(page.locator("main").textContent()).contains(profession);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void a_person_registers_for_a_meeting_keeps_the_link_and_cancels(Viewport viewport, Site site, Chromium chromium) {
        page = chromium.open(viewport, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/communities/" + Site.COMMUNITY);
        keys.follow(link("Kendal health and care open evening"));
        assertThat(page.url()).endsWith(site.meetingPath());

        keys.fill(page.locator("#name"), "Keyboard Person")
                .fill(page.locator("#email"), "keyboard." + viewport.width + "@example.org")
                .fill(page.locator("#places"), "2")
                .fill(page.locator("#access-needs"), "A seat near the door, please.")
                .tabTo(page.locator("form:has(#access-needs) button[type=submit]")).enter();
        assertThat(heading()).isEqualTo("You have a place");

        keys.follow(page.locator("main a.govuk-link[href*='/registrations/']").first());
        assertThat(heading()).isEqualTo("You have a place");
        keys.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration")))
                .enter();
        assertThat(heading()).isEqualTo("Your registration is cancelled");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void a_person_shares_a_view_corrects_a_mistake_and_follows_it_by_its_private_link(Viewport viewport, Site site,
                                                                                     Chromium chromium) {
        page = chromium.open(viewport, site.url());
        String text = "The minor injuries unit should open at weekends " + UUID.randomUUID();
        Keyboard keys = new Keyboard(page);
        page.navigate("/");
        keys.follow(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share your view")));
        assertThat(page.url()).endsWith("/share-your-view");

        keys.choose(page.locator("#about-2")).select(page.locator("#community"), Site.COMMUNITY_NAME)
                .choose(page.locator("input[name=role][value=MEMBER_OF_PUBLIC]"))
                .fill(page.locator("#text"), text)
                .fill(page.locator("#email"), "not an email address")
                .tick(page.locator("#consent-to-publish"))
                .tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your view"))).enter();

        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary.isVisible()).isTrue();
        assertThat((Boolean) summary.evaluate("element => element.contains(document.activeElement)"))
                .as("the error summary has the focus, so a screen reader reads it first").isTrue();
        Screenshots.save(page, "share-your-view-error", viewport);
        keys.tabTo(summary.locator("a[href='#email']")).press();
        assertThat((Boolean) page.locator("#email").evaluate("element => element === document.activeElement"))
                .as("the error's link moves the focus to the field").isTrue();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("keyboard.viewer@example.org");
        assertThat(page.locator("#text").inputValue()).as("what was typed is kept").isEqualTo(text);
        keys.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your view"))).enter();

        assertThat(heading()).isEqualTo("View received");
        String reference = page.locator(".govuk-panel__body strong").textContent();
        assertThat(reference).startsWith("BCT-");
        keys.follow(page.locator("main a.govuk-link[href*='/track/']").first());
        assertThat(heading()).isEqualTo("Track your view");
        assertThat(page.locator("main").textContent()).contains(reference).contains("Received");
    }

    @Test
    void on_a_phone_with_the_keyboard_alone_a_person_answers_a_consultation_correcting_a_mistake_and_sends_it(
            Site site, Chromium chromium) {
        page = chromium.open(Viewport.PHONE, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/consultations/maternity-and-newborn-care");
        keys.tabTo(link("Skip to main content"));

        // GOV.UK start buttons are links that say they are buttons (role="button").
        keys.follow(button("Respond to this consultation"));
        assertThat(heading()).isEqualTo("Maternity and newborn care");
        assertThat(page.locator("main").textContent()).contains("You can answer until");
        keys.follow(button("Start now"));
        assertThat(heading()).isEqualTo("Should more clinics be held in community hospitals?");

        keys.tabTo(button("Continue")).enter();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Select an answer");
        assertThat(page.title()).startsWith("Error: ");
        keys.choose(page.locator("#support-2")).tabTo(button("Continue")).enter();

        assertThat(heading()).isEqualTo("Which Integrated Care Community do you live in?");
        keys.select(page.locator("#community"), Site.COMMUNITY_NAME).tabTo(button("Continue")).enter();

        assertThat(heading()).isEqualTo("Check your answers before sending them");
        assertThat(page.locator("main").textContent()).contains("Agree").contains(Site.COMMUNITY_NAME);
        keys.tabTo(button("Send your response")).enter();

        assertThat(heading()).isEqualTo("Response sent");
        assertThat(page.locator("main").textContent()).contains("Keep this link to see your answers")
                .contains("Agree");
        assertThat(page.url()).contains("/consultation-responses/");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private String heading() {
        return page.locator("h1").textContent().strip();
    }
}
