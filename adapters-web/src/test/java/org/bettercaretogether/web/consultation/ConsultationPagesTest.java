package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.application.security.SecuritySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

/**
 * Consultations as pages: listed open, then coming up, then closed; one shown with its dates in UK time, the reason
 * its closing was extended, its documents and questions; the open ones on the home page; results once closed, with
 * every count under five read as "fewer than 5" and any that would give one away as "not shown"; a draft nowhere.
 */
class ConsultationPagesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-27T10:00:00Z"));
    private static final AtomicInteger NAMES = new AtomicInteger();

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
            Set.of(Role.ENGAGEMENT_OFFICER));

    @Test
    void the_list_shows_open_then_coming_up_then_closed_and_the_home_page_the_open_ones() {
        String upcoming = scheduled("Community hospitals", CLOCK.instant().plus(Duration.ofDays(3)),
                CLOCK.instant().plus(Duration.ofDays(40)));
        String open = scheduled("Maternity and newborn care", CLOCK.instant().minus(Duration.ofDays(1)),
                CLOCK.instant().plus(Duration.ofDays(30)));
        String draft = "draft-" + NAMES.incrementAndGet();
        runConsultations().draft(officer, draft(draft, "A draft nobody sees", CLOCK.instant(),
                CLOCK.instant().plus(Duration.ofDays(9)))).orElseThrow();

        String list = page(web.get("/consultations"), 200);
        String home = page(web.get("/"), 200);

        assertThat(Html.h1(list)).isEqualTo("Consultations");
        String text = Html.text(list);
        assertThat(text.indexOf("Open now")).isLessThan(text.indexOf("Maternity and newborn care"));
        assertThat(text.indexOf("Maternity and newborn care")).isLessThan(text.indexOf("Coming up"));
        assertThat(text.indexOf("Coming up")).isLessThan(text.indexOf("Community hospitals"));
        assertThat(Html.links(list)).contains(new Html.Link("/consultations/" + open, "Maternity and newborn care"),
                new Html.Link("/consultations/" + upcoming, "Community hospitals"));
        assertThat(text).doesNotContain("A draft nobody sees");
        assertThat(Html.links(home)).contains(new Html.Link("/consultations/" + open, "Maternity and newborn care"))
                .noneMatch(link -> link.href().equals("/consultations/" + upcoming));
        page(web.get("/consultations/" + draft), 404);
    }

    @Test
    void a_consultation_shows_its_dates_in_uk_time_the_reason_it_was_extended_and_its_questions() {
        Instant closes = Instant.parse("2027-03-28T22:59:00Z");
        String slug = scheduled("Maternity and newborn care", CLOCK.instant().minus(Duration.ofDays(1)), closes);
        ConsultationSummary shown = web.application().browseConsultations().consultation(new Slug(slug)).orElseThrow();
        runConsultations().extend(officer, shown.consultation().id(), shown.consultation().version(),
                closes.plus(Duration.ofDays(7)), "More time was asked for at the Kendal meeting").orElseThrow();

        String text = Html.text(page(web.get("/consultations/" + slug), 200));

        assertThat(text).contains("Open", "Women's and Children's Services", "Where midwife-led births take place",
                "University Hospitals of Morecambe Bay NHS Foundation Trust",
                "Extended from 28 March 2027 at 11:59pm to 4 April 2027 at 11:59pm",
                "More time was asked for at the Kendal meeting", "The case for change",
                "Do you support the proposal?", "Strongly agree", "Which Integrated Care Community do you live in? (optional)",
                "Kendal");
    }

    @Test
    void results_show_after_closing_with_counts_under_five_fewer_than_five_and_the_five_beside_them_not_shown() {
        Instant closes = CLOCK.instant().plus(Duration.ofMinutes(30));
        String slug = scheduled("Out of hospital care", CLOCK.instant().minus(Duration.ofDays(1)), closes);
        for (int i = 0; i < 6; i++) {
            web.application().answerConsultation().respond(new Slug(slug), List.of(Answer.of("support",
                    i < 5 ? "agree" : "disagree"), Answer.of("community", "kendal")), Optional.empty()).orElseThrow();
        }
        page(web.get("/consultations/" + slug + "/results"), 409);
        CLOCK.advance(Duration.ofMinutes(30));

        String results = page(web.get("/consultations/" + slug + "/results"), 200);

        String text = Html.text(results);
        assertThat(text).as("6 - 5 would give away the one who disagreed").contains("6 responses", "Answered by 6",
                "Agree not shown", "Disagree fewer than 5", "By Integrated Care Community",
                "Kendal 6 fewer than 5 not shown fewer than 5 fewer than 5 fewer than 5").doesNotContain("83%");
        HttpResponse<String> csv = web.get("/consultations/" + slug + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("question,breakdown,group,option,count,percent,text\r\n")
                .contains("support,all,,,6,,\r\n", "support,all,,agree,not shown,,\r\n",
                        "support,all,,disagree,fewer than 5,,\r\n", "support,community,kendal,agree,not shown,,\r\n")
                .doesNotContainPattern(",[1-4],");
        assertThat(Html.links(page(web.get("/consultations/" + slug), 200)))
                .contains(new Html.Link("/consultations/" + slug + "/results", "See the results of this consultation"));
    }

    @Test
    void a_new_version_and_the_consultation_it_replaces_link_to_each_other_once_the_new_one_is_scheduled() {
        String earlier = scheduled("Stroke care", CLOCK.instant().minus(Duration.ofDays(1)),
                CLOCK.instant().plus(Duration.ofDays(30)));
        ConsultationSummary read = web.application().browseConsultations().consultation(new Slug(earlier))
                .orElseThrow();
        String newer = earlier + "-again";
        ConsultationSummary drafted = runConsultations().newVersion(officer, read.consultation().id(),
                read.consultation().version(), new Slug(newer)).orElseThrow();

        String earlierWhileDraft = Html.text(page(web.get("/consultations/" + earlier), 200));
        int newerWhileDraft = web.get("/consultations/" + newer).statusCode();
        runConsultations().schedule(officer, drafted.consultation().id(), drafted.consultation().version())
                .orElseThrow();
        String earlierPage = page(web.get("/consultations/" + earlier), 200);
        String newerPage = page(web.get("/consultations/" + newer), 200);

        assertThat(earlierWhileDraft).doesNotContain("new version");
        assertThat(newerWhileDraft).isEqualTo(404);
        assertThat(Html.text(earlierPage)).contains("A new version of this consultation is open: Stroke care");
        assertThat(Html.links(earlierPage)).contains(new Html.Link("/consultations/" + newer, "Stroke care"));
        assertThat(Html.text(newerPage)).contains("This is a new version of Stroke care",
                "answers given to the earlier one are counted in its own results");
        assertThat(Html.links(newerPage)).contains(new Html.Link("/consultations/" + earlier, "Stroke care"));
    }

    private String scheduled(String title, Instant opens, Instant closes) {
        String slug = "consultation-" + NAMES.incrementAndGet();
        ConsultationSummary drafted = runConsultations().draft(officer, draft(slug, title, opens, closes)).orElseThrow();
        runConsultations().schedule(officer, drafted.consultation().id(), drafted.consultation().version())
                .orElseThrow();
        return slug;
    }

    private RunConsultations runConsultations() {
        return web.application().runConsultations();
    }

    private static ConsultationDraft draft(String slug, String title, Instant opens, Instant closes) {
        return new ConsultationDraft(new Slug(slug), new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("women-s-and-children-s-services"))), title,
                "How care should be arranged across the Bay.",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf")),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(opens, closes), List.of(
                new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement()),
                new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY))));
    }
}
