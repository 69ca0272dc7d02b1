package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Meetings scheduled for a test, by an administrator made for the purpose, as staff would schedule them. */
final class TestMeetings {

    private TestMeetings() {
    }

    /** Schedules a meeting in Kendal next year with {@code places} places; answers its id. */
    static String schedule(RunningService service, int places) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor administrator = Actor.of(service.get(CreateAdministrator.class).create(
                new EmailAddress("meetings." + unique + "@example.nhs.uk"), "Meeting Scheduler",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow().member());
        LocalDateTime start = LocalDate.now().plusYears(1).atTime(LocalTime.of(18, 0));
        MeetingDraft draft = new MeetingDraft(Optional.of(new Slug("kendal")), Optional.empty(),
                "Kendal open evening " + unique, "Hear about the Kendal team's priorities and tell us yours.", start,
                start.plusHours(2), Optional.of(new Venue("Kendal Town Hall", "Highgate, Kendal",
                Set.of(AccessFeature.STEP_FREE), Optional.empty())), Optional.empty(), places);
        return service.get(ScheduleMeetings.class).schedule(administrator, draft).orElseThrow().meeting().meeting()
                .id().toString();
    }
}
