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
 * Community projects in Chromium: a person on a phone, with the keyboard alone, finds a falls-prevention class near
 * LA9, opens it and reports it closed. axe checks the projects' pages with every other page: the public ones and
 * their error states in {@link PublicPagesAccessibilityBrowserTest}, the staff's (and the guides to online
 * consultations) in {@link StaffPagesAccessibilityBrowserTest}.
 */
@ExtendWith(BrowserTests.class)
@Order(5)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class ProjectsBrowserTest {

    private Page page;

    @AfterEach
    void closeTheWindow() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void on_a_phone_with_the_keyboard_alone_a_person_finds_a_falls_class_near_la9_opens_it_and_reports_it_closed(
            Site site, Chromium chromium) {
        page = chromium.open(Viewport.PHONE, site.url());
        Keyboard keys = new Keyboard(page);
        page.navigate("/projects");
        keys.tabTo(link("Skip to main content"));

        keys.fill(page.locator("#near"), "LA9")
                .select(page.locator("#category"), "Falls prevention")
                .tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show projects")))
                .enter();
        assertThat(page.locator("main").textContent()).contains("Showing projects in Kendal")
                .doesNotContain("Kendal Riverside Walkers");
        keys.follow(link(Site.PROJECT));
        assertThat(heading()).isEqualTo(Site.PROJECT);
        assertThat(page.locator("main").textContent()).contains("Last checked on");

        Locator report = page.locator("main a[href$='/report']");
        assertThat(report.textContent()).contains("Report a problem with this entry").contains(Site.PROJECT);
        keys.follow(report);
        assertThat(heading()).isEqualTo("Report a problem with a project's entry");
        keys.choose(page.locator("#problem"))
                .fill(page.locator("#details"), "The hall told me the class stopped last month.")
                .tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")))
                .enter();

        assertThat(heading()).isEqualTo(Site.PROJECT);
        assertThat(page.locator(".govuk-notification-banner").textContent())
                .contains("Staff will check the entry");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private String heading() {
        return page.locator("h1").textContent().strip();
    }
}
