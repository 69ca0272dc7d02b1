package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A canary: a view given with a unique name, email address and telephone number, the same details inside its words,
 * then published with a public text that leaves them out, themed and answered. None of those details, nor the
 * person's own words, nor the name of any member of staff who handled it, appears on any public page or in any public
 * answer that shows the view.
 */
class PersonalDetailsTest {

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server();

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void no_public_page_or_answer_shows_the_persons_details_their_own_words_or_a_staff_name() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "Zebedee Quillfeather" + n;
        String email = "zq" + n + "@canary.example";
        String phone = "01539 " + n;
        String ownWords = "Original-words-" + n;
        String publicText = "The walk-in centre in Kendal was quick and kind, reference " + n + "x.";
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("name", name);
        fields.put("email", email.toUpperCase());
        fields.put("phone", phone);
        fields.put("consent-to-contact", "true");
        fields.put("text", "My name is " + name + ", email me at " + email + " or ring " + phone + ". " + ownWords
                + ". The walk-in centre in Kendal was quick and kind.");
        String tracking = views.share(fields);
        String reference = views.referenceOn(tracking);

        views.publish(reference, publicText);
        StaffAccounts.Account engagement = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Theme theme = web.application().manageThemes().add(engagement.actor(), "Urgent care " + n).orElseThrow();
        Feedback view = views.find(reference);
        web.application().moderateFeedback().tagThemes(views.moderator().actor(), view.id(), view.version(),
                Set.of(theme.id())).orElseThrow();
        views.assign(reference, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY);
        StaffAccounts.Account responder = views.answer(reference, "Thank you: we will tell the team at the centre.");

        List<String> canaries = List.of(name, "Quillfeather", email, email.toUpperCase(), phone, phone.replace(" ", ""),
                ownWords, views.moderator().member().name(), responder.member().name(), engagement.member().name(),
                views.moderator().email(), responder.email());
        List<String> addresses = List.of("/", "/views", "/views?community=kendal", "/communities/kendal",
                "/communities", "/share-your-view", "/share-your-view?about=community&slug=kendal",
                tracking, tracking + "?new=1", "/api/v1" + tracking,
                "/api/v1/feedback", "/api/v1/feedback?about=community&slug=kendal", "/api/v1/feedback?limit=100",
                "/api/v1/scorecard", "/api/v1/communities/kendal/scorecard", "/api/v1/communities/kendal");
        for (String address : addresses) {
            HttpResponse<String> response = web.get(address);
            assertThat(response.statusCode()).as(address).isEqualTo(200);
            for (String canary : canaries) {
                assertThat(response.body()).as(address + " must not show " + canary).doesNotContainIgnoringCase(canary);
            }
        }
        // The canary would sing: what is public is there.
        assertThat(web.get("/communities/kendal").body()).contains(publicText).contains("Urgent care " + n)
                .contains("Thank you: we will tell the team at the centre.");
        assertThat(web.get("/api/v1/feedback?about=community&slug=kendal").body()).contains(publicText);
        assertThat(web.get(tracking).body()).contains(publicText).contains(reference);
    }
}
