package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Engagement officers record changes made on the staff pages: a change planned with its views and themes, revised,
 * refused with an error summary (and what was typed kept) when it names views that do not exist or misses a field,
 * refused with 409 when someone else changed it meanwhile; and the people whose views are linked are told once.
 */
class ChangePagesTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static final String LINKED = "has helped to shape a change";

    @Test
    void an_engagement_officer_plans_a_change_and_finds_it_in_the_list_and_on_its_page() {
        Browser officer = officer();
        String form = page(officer.get("/staff/changes/new"), 200);
        assertThat(Html.h1(form)).isEqualTo("Record a change");
        assertThat(form).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Where the change belongs</legend>")
                .contains("<option value=\"kendal\"").contains("<option value=\"elective-care\"");

        String change = plan(officer, "Clearer letters about hip operations", "where", "workstream",
                "workstream", "elective-care");

        String shown = page(officer.get(change + "?saved=planned"), 200);
        assertThat(Html.h1(shown)).isEqualTo("Clearer letters about hip operations");
        assertThat(Html.text(shown)).contains("The change has been recorded as planned.").contains("Status Planned")
                .contains("Where Elective Care").contains("Views linked None");
        String list = page(officer.get("/staff/changes"), 200);
        assertThat(Html.links(list)).contains(new Html.Link(change, "Clearer letters about hip operations"));
        assertThat(Html.text(page(web.get("/workstreams/elective-care/you-said-we-did"), 200)))
                .contains("Clearer letters about hip operations");
    }

    @Test
    void an_unknown_view_reference_is_refused_naming_it_and_what_was_typed_is_kept() {
        Browser officer = officer();
        FeedbackReference known = new ViewsGiven(web).aboutCommunity("kendal", "More parking, please.", "Pat Known",
                "pat.known@example.com");

        var refused = officer.submit("/staff/changes/new", "/staff/changes/new", "title", "A change with a typo",
                "description", "Described.", "where", "community", "community", "kendal",
                "views", known + "\nBCT-2222-3333, bct-4444-5555");

        String html = page(refused, 422);
        assertThat(Html.title(html)).isEqualTo("Error: Record a change");
        assertThat(html).contains("<a href=\"#views\">There are no views with the references BCT-2222-3333 and "
                + "BCT-4444-5555.</a>")
                .contains("value=\"A change with a typo\"").contains("<option value=\"kendal\" selected>")
                .contains(known + "\nBCT-2222-3333, bct-4444-5555</textarea>");
        assertThat(Html.text(page(officer.get("/staff/changes"), 200))).doesNotContain("A change with a typo");
    }

    @Test
    void missing_and_malformed_fields_are_each_named_in_an_error_summary_linking_to_them() {
        Browser officer = officer();

        String html = page(officer.submit("/staff/changes/new", "/staff/changes/new", "title", "",
                "description", "", "where", "community", "community", "", "views", "nonsense, BCT-7KQ3"), 422);

        assertThat(html).contains("<a href=\"#title\">Enter a title for the change</a>")
                .contains("<a href=\"#description\">Describe the change</a>")
                .contains("<a href=\"#community\">Select the community the change belongs to</a>")
                .contains("<a href=\"#views\">Give each view by its reference, like BCT-7KQ3-M9XD: nonsense and "
                        + "BCT-7KQ3 are not</a>");
        assertThat(html.indexOf("href=\"#title\"")).isLessThan(html.indexOf("href=\"#community\""));
        assertThat(page(officer.submit("/staff/changes/new", "/staff/changes/new", "title", "T", "description", "D"),
                422)).contains("<a href=\"#where\">Select where the change belongs");
    }

    @Test
    void a_revision_of_a_change_someone_else_changed_meanwhile_is_refused_with_409_and_changes_nothing() {
        Browser officer = officer();
        String change = plan(officer, "Original title", "where", "programme");
        String stale = page(officer.get(change), 200);
        assertThat(officer.submit(change, change, "version", "1", "title", "First revision", "description", "D",
                "where", "programme").statusCode()).isEqualTo(303);

        var refused = officer.post(change, "csrf", Browser.csrf(stale), "version", "1", "title", "Second revision",
                "description", "D", "where", "programme");

        String html = page(refused, 409);
        assertThat(Html.text(html)).contains("The change was changed by someone else since you read it")
                .contains("Reload the page to see the current details");
        assertThat(html).contains("value=\"Second revision\"");
        assertThat(Html.h1(page(officer.get(change), 200))).isEqualTo("First revision");
    }

    @Test
    void a_contributor_who_asked_to_hear_back_is_told_once_when_their_view_is_linked() {
        var views = new ViewsGiven(web);
        FeedbackReference first = views.aboutCommunity("kendal", "My own words about the Kendal clinic, Alex Told.",
                "Alex Told", "alex.told@example.com");
        FeedbackReference second = views.aboutCommunity("kendal", "Another view about the clinic.", "Bo Later",
                "bo.later@example.com");
        Browser officer = officer();
        String change = plan(officer, "Evening clinic in Kendal", "where", "community", "community", "kendal",
                "views", first.value());
        web.application().deliverMail().deliverDue(100);

        assertThat(linkedMail("alex.told@example.com")).hasSize(1);
        assertThat(linkedMail("alex.told@example.com").getFirst().body()).contains(first.value())
                .contains("Evening clinic in Kendal").doesNotContain("My own words");

        assertThat(officer.submit(change, change, "version", "1", "title", "Evening clinic in Kendal on Tuesdays",
                "description", "Described again.", "where", "community", "community", "kendal",
                "views", first.value()).statusCode()).isEqualTo(303);
        web.application().deliverMail().deliverDue(100);
        assertThat(linkedMail("alex.told@example.com")).hasSize(1);

        assertThat(officer.submit(change, change, "version", "2", "title", "Evening clinic in Kendal on Tuesdays",
                "description", "Described again.", "where", "community", "community", "kendal",
                "views", first + ", " + second).statusCode()).isEqualTo(303);
        web.application().deliverMail().deliverDue(100);
        assertThat(linkedMail("alex.told@example.com")).hasSize(1);
        assertThat(linkedMail("bo.later@example.com")).hasSize(1);
    }

    @Test
    void a_moderator_may_not_record_changes() {
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR);
        Browser browser = web.browser().signInAs(moderator);

        assertThat(page(browser.get("/staff/changes"), 403)).contains("You cannot see this page");
        page(browser.get("/staff/changes/new"), 403);
        page(browser.submit("/staff", "/staff/changes/new", "title", "T", "description", "D", "where", "programme"), 403);
        assertThat(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + web.staff().apiToken(moderator)).build()).statusCode())
                .isEqualTo(403);
        assertThat(Html.links(page(browser.get("/staff"), 200)).stream().map(Html.Link::href))
                .doesNotContain("/staff/changes", "/staff/themes");
    }

    /** A browser signed in as a new engagement officer. */
    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    /**
     * Plans a change titled {@code title} through the form, described in a sentence, with the other
     * {@code fields} (names and values in turn), and answers the address of its page.
     */
    static String plan(Browser officer, String title, String... fields) {
        List<String> all = new ArrayList<>(List.of("title", title, "description", "What was decided about " + title));
        all.addAll(Arrays.asList(fields));
        var planned = officer.submit("/staff/changes/new", "/staff/changes/new", all.toArray(String[]::new));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
        String location = planned.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/staff/changes/[0-9a-f-]{36}\\?saved=planned");
        return location.substring(0, location.indexOf('?'));
    }

    private static List<InMemoryMailbox.Sent> linkedMail(String email) {
        return web.application().mailbox().sentTo(email).stream().filter(mail -> mail.subject().contains(LINKED))
                .toList();
    }
}
