package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff side held to the public side's bar: every kind of staff page, found by following the links from the
 * staff home page of a member of staff who holds every role, and the pages that ask to confirm a step or show a
 * secret once, checked by axe-core against WCAG 2.2 AA in Chromium at a phone's width and a laptop's; and the error
 * state of each form on them (sent with nothing filled in), on the laptop.
 */
@ExtendWith(BrowserTests.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2) // the longest browser tests start first
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class StaffPagesAccessibilityBrowserTest {

    /** The staff pages, but for signing in (a public page, checked with them) and out, and downloads. */
    private static final Pattern STAFF_PAGE = Pattern.compile("^/staff(?!/sign-(in|out)$)(/.*)?$");
    private static final Pattern DOWNLOAD = Pattern.compile("\\.(csv|json)$");

    /**
     * How many pages of each kind are checked: a staff page of a kind is the same template with other data (another
     * community, another account), and the staff side has many (a correction form for each partner, network,
     * community and workstream), which would make the run slow and add nothing.
     */
    private static final int PAGES_OF_A_KIND = 1;

    /**
     * Every kind of staff page the routes answer, as {@link Crawl#kind} names it: a page of each must be reached by
     * following links from the staff home page, or a page was left out of the check (or out of the navigation).
     */
    private static final Set<String> EVERY_KIND_OF_STAFF_PAGE = Set.of("/staff", "/staff/password", "/staff/tokens",
            "/staff/accounts", "/staff/accounts/new", "/staff/accounts/*", "/staff/audit-log",
            "/staff/reference-data", "/staff/reference-data/partners/*", "/staff/reference-data/networks/*",
            "/staff/reference-data/communities/*", "/staff/reference-data/workstreams/*",
            "/staff/feedback", "/staff/feedback/awaiting-answer", "/staff/feedback/safeguarding",
            "/staff/feedback/new", "/staff/feedback/import", "/staff/feedback/*", "/staff/erasure",
            "/staff/subject-access",
            "/staff/changes", "/staff/changes/new", "/staff/changes/*", "/staff/themes", "/staff/professions",
            "/staff/communities", "/staff/communities/*", "/staff/communities/*/team", "/staff/priorities/*",
            "/staff/meetings", "/staff/meetings/new", "/staff/meetings/*",
            "/staff/key-questions", "/staff/key-questions/new", "/staff/key-questions/*", "/staff/undelivered-mail",
            "/staff/projects", "/staff/projects/new", "/staff/projects/*", "/staff/projects/*/edit",
            "/staff/online-consultations", "/staff/online-consultations/*",
            "/staff/consultations", "/staff/consultations/new", "/staff/consultations/*");

    /**
     * The forms on a page a person fills in: those with a field other than a tick box. A form of buttons alone (move
     * up, revoke, publish as written) has no error a person can make.
     */
    private static final String FILLED_IN = """
            form => Array.from(form.elements).some(field => field.tagName === 'TEXTAREA' || field.tagName === 'SELECT'
                || field.tagName === 'INPUT' && !['hidden', 'checkbox', 'submit', 'button'].includes(field.type))""";

    @Test
    @Order(2)
    void every_kind_of_staff_page_and_each_confirmation_has_no_wcag_violations_on_a_laptop_or_a_phone_and_fits_320_px(
            Site site, Chromium chromium) {
        Site.SharedView toModerate = site.viewToModerate();
        Page page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        List<String> problems = new ArrayList<>(signIn(page, site.newStaffMemberOfEveryRole(), true));

        Crawl crawl = Crawl.walk(page, Map.of(Viewport.DESKTOP, PAGES_OF_A_KIND, Viewport.PHONE, PAGES_OF_A_KIND),
                StaffPagesAccessibilityBrowserTest::isStaffPage, start(site, toModerate), (address, viewport) -> {
                });
        problems.addAll(crawl.problems());
        Map<String, String> firstOfKind = firstOfKind(crawl);

        int confirmations = 0;
        for (Runnable confirmation : confirmations(page, site, toModerate)) {
            confirmation.run();
            problems.addAll(Accessibility.problemsAtEveryWidth(page));
            confirmations++;
        }
        page.context().close();
        for (Viewport viewport : Viewport.values()) {
            System.out.printf("Staff accessibility at %s: %d pages of %d kinds and %d confirmations checked%n",
                    viewport, crawl.checkedAt(viewport).size(), firstOfKind.size(), confirmations);
        }

        assertThat(crawl.unvisited()).as("links left unvisited after %d pages", Crawl.MOST_PAGES).isEmpty();
        assertThat(problems).as("pages that did not answer 200, and WCAG 2.2 AA violations on %d staff pages and "
                + "%d confirmations", crawl.visited().size(), confirmations).isEmpty();
        assertThat(firstOfKind).as("the kinds of staff page reached").containsKeys(
                EVERY_KIND_OF_STAFF_PAGE.toArray(String[]::new));
        for (Viewport viewport : Viewport.values()) {
            assertThat(crawl.checkedAt(viewport)).as("the staff pages checked at %s", viewport)
                    .containsExactlyElementsOf(crawl.visited());
        }
    }

    /**
     * The error state of each form a person fills in on a page of each kind, found by the same walk as the pages'
     * check (run on its own here, so that the two tests can run at once), and on the page of a view awaiting an
     * answer. An error state is the form's page with GOV.UK's error summary and messages, the same components at every
     * width: each is checked once, on the laptop, while every kind of page is also checked on a phone.
     */
    @Test
    @Order(1)
    void each_staff_forms_error_state_has_no_wcag_violations_on_a_laptop(Site site, Chromium chromium) {
        Site.SharedView toModerate = site.viewToModerate();
        Site.SharedView awaitingAnswer = site.viewAwaitingAnswer();
        Page page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        signIn(page, site.newStaffMemberOfEveryRole(), false);

        Crawl walk = Crawl.walkWithoutChecking(page, PAGES_OF_A_KIND, StaffPagesAccessibilityBrowserTest::isStaffPage,
                start(site, toModerate));
        List<String> problems = new ArrayList<>(walk.problems());
        Map<String, String> firstOfKind = firstOfKind(walk);

        List<String> pagesWithForms = new ArrayList<>(firstOfKind.values());
        pagesWithForms.add(awaitingAnswer.staffPage());
        int errorStates = 0;
        for (String address : pagesWithForms) {
            page.navigate(address);
            List<?> filledIn = (List<?>) page.locator("main form").evaluateAll("forms => forms.map(" + FILLED_IN
                    + ")");
            boolean fresh = true;
            for (int i = 0; i < filledIn.size(); i++) {
                if (Boolean.TRUE.equals(filledIn.get(i))) {
                    // Each form is sent from the page as it first shows, not from another form's error state.
                    if (!fresh) {
                        page.navigate(address);
                    }
                    fresh = false;
                    Forms.submitEmptyExpectingErrors(page, page.locator("main form").nth(i));
                    problems.addAll(Accessibility.problems(page, Viewport.DESKTOP));
                    errorStates++;
                }
            }
        }
        page.context().close();
        System.out.printf("Staff accessibility at %s: %d error states checked on pages of %d kinds%n",
                Viewport.DESKTOP, errorStates, firstOfKind.size());

        assertThat(problems).as("pages that did not answer 200, and WCAG 2.2 AA violations in %d error states",
                errorStates).isEmpty();
        assertThat(firstOfKind).as("the kinds of staff page whose forms were sent").containsKeys(
                EVERY_KIND_OF_STAFF_PAGE.toArray(String[]::new));
        assertThat(errorStates).as("error states checked").isGreaterThan(30);
    }

    private static boolean isStaffPage(String path) {
        return STAFF_PAGE.matcher(path).find() && !DOWNLOAD.matcher(path).find();
    }

    /**
     * Where the walks start: the pages with the most to show first, so that they are among those checked of their
     * kind and are the ones whose forms are sent.
     */
    private static List<String> start(Site site, Site.SharedView toModerate) {
        return List.of("/staff", toModerate.staffPage(), "/staff/communities/" + Site.COMMUNITY,
                "/staff" + site.meetingPath());
    }

    /** The first page of each kind the walk reached, by kind. */
    private static Map<String, String> firstOfKind(Crawl crawl) {
        Map<String, String> firstOfKind = new LinkedHashMap<>();
        crawl.visited().forEach(address -> firstOfKind.putIfAbsent(kind(address), address));
        return firstOfKind;
    }

    /**
     * Signs in for the first time and replaces the one-time password, checking the password page as it is then (with
     * no navigation until it is changed) if {@code check} says so; answers its problems.
     */
    static List<String> signIn(Page page, Site.StaffCredentials credentials, boolean check) {
        page.navigate("/staff/sign-in");
        page.locator("#email").fill(credentials.email());
        page.locator("#password").fill(credentials.oneTimePassword());
        Forms.submit(page, page.locator("form:has(#password)"));
        assertThat(page.url()).endsWith("/staff/password");
        List<String> problems = check ? Accessibility.problemsAtEveryWidth(page) : List.of();
        Accessibility.showAt(page, Viewport.DESKTOP);
        String password = "four unrelated words " + UUID.randomUUID();
        page.locator("#current-password").fill(credentials.oneTimePassword());
        page.locator("#new-password").fill(password);
        page.locator("#confirm-password").fill(password);
        Response changed = Forms.submit(page, page.locator("form:has(#confirm-password)"));
        assertThat(changed.status()).as("the page after the password is changed").isEqualTo(200);
        if (page.url().endsWith("/staff/second-factor")) {
            List<String> all = new ArrayList<>(problems);
            if (check) {
                all.addAll(Accessibility.problemsAtEveryWidth(page));
                Accessibility.showAt(page, Viewport.DESKTOP);
            }
            page.locator("#code").fill(Site.authenticatorCode(page.locator("#secret").textContent()));
            Response setUp = Forms.submit(page, page.locator("form:has(#code)"));
            assertThat(setUp.status()).as("the recovery codes once the authenticator is set up").isEqualTo(200);
            if (check) {
                all.addAll(Accessibility.problemsAtEveryWidth(page));
                Accessibility.showAt(page, Viewport.DESKTOP);
            }
            return all;
        }
        return problems;
    }

    /**
     * The steps that end on a page asking to confirm what a person is about to do, or showing a secret once: each
     * goes no further than that page.
     */
    private static List<Runnable> confirmations(Page page, Site site, Site.SharedView view) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return List.of(
                () -> {
                    page.navigate("/staff" + site.meetingPath());
                    page.locator("#reason").fill("The hall is closed for repairs.");
                    expectPage(page, "form:has(#reason)", "Yes, cancel the meeting");
                },
                () -> {
                    page.navigate("/staff/communities/" + Site.COMMUNITY);
                    page.locator("#into").selectOption(new SelectOption().setIndex(1));
                    page.locator("#merged-on").fill(Integer.toString(today.getDayOfMonth()));
                    page.locator("#merged-on-month").fill(Integer.toString(today.getMonthValue()));
                    page.locator("#merged-on-year").fill(Integer.toString(today.getYear()));
                    expectPage(page, "form:has(#into)", "Yes, merge");
                },
                () -> {
                    page.navigate("/staff/erasure");
                    page.locator("#reference").fill(view.reference());
                    expectPage(page, "form:has(#reference)", "Erase their personal data");
                },
                () -> {
                    page.navigate("/staff/subject-access");
                    page.locator("#email").fill("someone.asking@example.org");
                    expectPage(page, "form:has(#email)", "Everything held about this person");
                },
                () -> {
                    page.navigate("/staff/tokens");
                    page.locator("#label").fill("Accessibility check");
                    expectPage(page, "form:has(#label)", "not be able to see it again");
                },
                () -> {
                    page.navigate("/staff/accounts/new");
                    page.locator("#email").fill("browser.new" + UUID.randomUUID() + "@example.nhs.uk");
                    page.locator("#name").fill("Browser Newcomer");
                    page.locator("#partner").selectOption(new SelectOption()
                            .setIndex(1));
                    page.locator("#roles").check();
                    expectPage(page, "form:has(#roles)", "only time");
                });
    }

    /** Sends the form and checks that the page answering it says {@code words}. */
    private static void expectPage(Page page, String form, String words) {
        Response answer = Forms.submit(page, page.locator(form));
        assertThat(answer.status()).as("the answer to %s", form).isEqualTo(200);
        assertThat(page.locator("main").textContent()).as("the answer to %s", form).contains(words);
    }

    /** The kind of an address without its query. */
    private static String kind(String address) {
        String kind = Crawl.kind(address);
        return kind.substring(0, kind.indexOf('?'));
    }
}
