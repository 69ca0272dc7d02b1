package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a person meets when the server fails (here a table is missing, as after a failed deployment): it tells
 * nothing of the fault's insides, and is checked by axe-core against WCAG 2.2 AA in Chromium at a laptop's width and
 * a phone's, as every other error state is in {@link PublicPagesAccessibilityBrowserTest}. It holds the site's
 * database alone while it breaks it, so that no other browser test meets the fault.
 */
@ExtendWith(BrowserTests.class)
@Order(1) // first and short: it holds the site alone
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ_WRITE)
class ServerFaultPageBrowserTest {

    @Test
    void the_page_of_a_fault_in_the_server_shows_no_internals_has_no_wcag_violations_and_fits_320_px(
            Site site, Chromium chromium) {
        Page page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        List<String> violations = new ArrayList<>();

        site.withoutTable("integrated_team_role", () -> {
            Response fault = page.navigate("/integrated-teams");
            assertThat(fault.status()).isEqualTo(500);
            assertThat(page.content()).doesNotContain("integrated_team_role").doesNotContain("Exception");
            violations.addAll(Accessibility.problems(page, EnumSet.allOf(Viewport.class),
                    viewport -> Screenshots.save(page, "server-fault", viewport)));
        });
        page.context().close();

        assertThat(violations).as("WCAG 2.2 AA violations on the page of a fault in the server").isEmpty();
    }
}
