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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Community projects in Chromium: a person on a phone, with the keyboard alone, finds a falls-prevention class near
 * LA9, opens it and reports it closed; and axe finds no WCAG 2.2 AA violation on the projects' pages (the public's and
 * the staff's, and those of the guides to online consultations) and their error states, on a phone or a laptop.
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

    @Test
    void the_projects_pages_and_their_error_states_have_no_wcag_violations_on_a_phone_or_a_laptop(Site site,
                                                                                                 Chromium chromium) {
        page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        List<String> problems = new ArrayList<>();

        page.navigate("/communities/" + Site.COMMUNITY + "/projects");
        problems.addAll(Accessibility.problems(page, java.util.EnumSet.allOf(Viewport.class),
                viewport -> Screenshots.save(page, "projects-" + Site.COMMUNITY, viewport)));
        for (String address : List.of("/projects", "/projects?near=LA9&free=true", "/communities/" + Site.COMMUNITY,
                "/projects/suggest", "/projects/suggest/sent")) {
            page.navigate(address);
            problems.addAll(Accessibility.problemsAtEveryWidth(page));
        }
        page.navigate("/projects?near=LA9");
        keysFollow(Site.PROJECT);
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        String project = page.url();

        page.navigate("/projects?near=Atlantis&category=knitting");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate(project + "/report");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        Forms.submitExpectingErrors(page, "form:has(#details)");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/projects/suggest");
        Forms.submitExpectingErrors(page, "form:has(#offer)");
        problems.addAll(Accessibility.problems(page, java.util.EnumSet.allOf(Viewport.class),
                viewport -> Screenshots.save(page, "projects-suggest-errors", viewport)));

        assertThat(problems).isEmpty();
    }

    @Test
    void the_staff_pages_of_projects_and_online_consultations_and_their_error_states_have_no_wcag_violations(
            Site site, Chromium chromium) {
        page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        List<String> problems = new ArrayList<>(StaffPagesAccessibilityBrowserTest.signIn(page,
                site.newStaffMemberOfEveryRole(), false));

        for (String address : List.of("/staff/projects", "/staff/projects/new", "/staff/online-consultations",
                "/staff/online-consultations/" + Site.COMMUNITY)) {
            page.navigate(address);
            problems.addAll(Accessibility.problemsAtEveryWidth(page));
        }
        page.navigate("/staff/projects");
        keysFollow(Site.SUGGESTED_PROJECT);
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        keysFollow("Change this entry");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/staff/projects/new");
        Forms.submitExpectingErrors(page, "form:has(#offer)");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/staff/online-consultations/" + Site.COMMUNITY);
        Forms.submitExpectingErrors(page, "form:has(#explanation)");
        problems.addAll(Accessibility.problemsAtEveryWidth(page));

        assertThat(problems).isEmpty();
    }

    private void keysFollow(String name) {
        Locator target = link(name);
        target.click();
        page.waitForLoadState();
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private String heading() {
        return page.locator("h1").textContent().strip();
    }
}
