package org.bettercaretogether.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.time.Duration;
import java.time.Instant;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.ConsultationsGiven;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A community's, a network's and a workstream's page list the consultations about it that are open (first) or coming
 * up (marked so), each linked to its page; never a draft, one that has closed, or one about another place.
 */
class ConsultationsOnPlacePagesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-05-10T09:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    private final ConsultationsGiven given = new ConsultationsGiven(web);

    @Test
    void a_community_page_lists_its_open_then_upcoming_consultations_and_nothing_else() {
        ViewAbout kendal = ViewAbout.community(new Slug("kendal"));
        ConsultationSummary upcoming = given.scheduled(kendal, "Kendal walk-in hours", days(5), days(40));
        ConsultationSummary open = given.scheduled(kendal, "Kendal evening clinics", days(-1), days(20));
        ConsultationSummary closing = given.scheduled(kendal, "Kendal parking", days(-3), CLOCK.instant()
                .plus(Duration.ofMinutes(5)));
        given.drafted(kendal, "Kendal draft nobody sees", days(1), days(9));
        given.scheduled(ViewAbout.community(new Slug("barrow-town")), "Barrow pharmacy", days(-1), days(9));
        CLOCK.advance(Duration.ofMinutes(10));

        String html = page(web.get("/communities/kendal"), 200);

        String text = Html.text(html);
        assertThat(Html.links(html)).contains(
                new Html.Link("/consultations/" + open.consultation().slug(), "Kendal evening clinics"),
                new Html.Link("/consultations/" + upcoming.consultation().slug(), "Kendal walk-in hours"))
                .noneMatch(link -> link.href().equals("/consultations/" + closing.consultation().slug()));
        assertThat(text).contains("Open Kendal evening clinics – closes 30 May 2027",
                        "Upcoming Kendal walk-in hours – opens 15 May 2027")
                .doesNotContain("Kendal draft nobody sees", "Barrow pharmacy", "Kendal parking");
        assertThat(text.indexOf("Kendal evening clinics")).isLessThan(text.indexOf("Kendal walk-in hours"));
    }

    @Test
    void a_network_page_and_a_workstream_page_list_the_consultations_about_them() {
        ConsultationSummary network = given.scheduled(ViewAbout.network(new Slug("south-lakes")),
                "South Lakes community beds", days(-2), days(12));
        ConsultationSummary workstream = given.scheduled(ViewAbout.workstream(new Slug("elective-care")),
                "Planned operations closer to home", days(2), days(30));

        String networkPage = page(web.get("/networks/south-lakes"), 200);
        String workstreamPage = page(web.get("/workstreams/elective-care"), 200);
        String otherNetwork = page(web.get("/networks/furness"), 200);

        assertThat(Html.links(networkPage)).contains(new Html.Link("/consultations/"
                + network.consultation().slug(), "South Lakes community beds"));
        assertThat(Html.links(workstreamPage)).contains(new Html.Link("/consultations/"
                + workstream.consultation().slug(), "Planned operations closer to home"));
        assertThat(Html.text(workstreamPage)).contains("Upcoming Planned operations closer to home");
        assertThat(Html.text(otherNetwork)).doesNotContain("South Lakes community beds")
                .contains("No consultation about the Furness clinical network is open or coming up at the moment.");
    }

    private static Instant days(int days) {
        return CLOCK.instant().plus(Duration.ofDays(days));
    }
}
