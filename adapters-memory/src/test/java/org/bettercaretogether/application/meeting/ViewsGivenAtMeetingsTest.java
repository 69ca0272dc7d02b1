package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.feedback.ViewsGivenAt;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

/** Views given at one of the programme's meetings are entered against it, and its page counts them. */
class ViewsGivenAtMeetingsTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();

    @Test
    void views_entered_against_a_meeting_are_counted_for_it_and_the_published_ones_shown() {
        MeetingId meeting = meeting();
        FeedbackReference published = enter(meeting, "The drop-in clinic should open on Saturdays.", true);
        enter(meeting, "Parking at the health centre is hard.", false);
        Feedback view = world.app.feedback().feedbackLog().findByReference(published).orElseThrow();
        world.app.moderateFeedback().publish(world.admin, view.id(), view.version(),
                "The drop-in clinic should open on Saturdays.").orElseThrow();

        ViewsGivenAt given = world.app.readPublishedFeedback().givenAt(meeting);

        assertThat(given.count()).isEqualTo(2);
        assertThat(given.published()).singleElement()
                .satisfies(shown -> assertThat(shown.text()).isEqualTo("The drop-in clinic should open on Saturdays."));
        assertThat(world.app.readPublishedFeedback().givenAt(MeetingId.random()).count()).isZero();
    }

    @Test
    void a_view_can_name_only_a_meeting_that_exists_and_only_when_it_was_given_at_a_meeting() {
        EnteredView atAnUnknownMeeting = new EnteredView(view("Words.", true), Channel.MEETING, world.today(),
                Optional.empty(), Optional.of(MeetingId.random()));

        assertThat(invalidFields(world.app.enterFeedback().enter(world.officer, atAnUnknownMeeting)))
                .containsExactly("meeting");
        assertThatThrownBy(() -> new EnteredView(view("Words.", true), Channel.LETTER, world.today(), Optional.empty(),
                Optional.of(meeting()))).isInstanceOf(InvalidValueException.class).hasMessageContaining("meeting");
    }

    private MeetingId meeting() {
        return world.app.scheduleMeetings().schedule(world.officer, new MeetingDraft(Optional.of(slug("kendal")),
                Optional.empty(), "Kendal open evening", "Tell us what matters to you.",
                LocalDateTime.of(2026, 10, 26, 18, 0), LocalDateTime.of(2026, 10, 26, 20, 0),
                Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal", Set.of(), Optional.empty())),
                Optional.empty(), 40)).orElseThrow().meeting().meeting().id();
    }

    private FeedbackReference enter(MeetingId meeting, String words, boolean mayPublish) {
        return world.app.enterFeedback().enter(world.officer, new EnteredView(view(words, mayPublish), Channel.MEETING,
                LocalDate.of(2026, 10, 1), Optional.of("Kendal open evening"), Optional.of(meeting))).orElseThrow();
    }

    private static ShareAView view(String words, boolean mayPublish) {
        return new ShareAView(ViewAbout.community(slug("kendal")), ContributorRole.MEMBER_OF_PUBLIC, new ViewText(words),
                ContactDetails.none(), new Consent(false, mayPublish), Optional.empty());
    }
}
