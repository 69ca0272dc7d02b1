package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The sample's changes made ("you said, we did"): a few for each community, each workstream and the programme,
 * planned over the last three years and moved on, step by dated step, as far as they have got by today. They are
 * stored without views; the views that led to them are linked as the views are written.
 */
final class SampleChanges {

    /** An idea for a change: what was done, what people had said, and the themes it answers. */
    private record Idea(String title, String said, String did, List<String> themes) {
    }

    private static final List<Idea> IDEAS = List.of(
            new Idea("Evening appointments at the {town} health centre",
                    "working people could not get an appointment during the day",
                    "practices in the area now share evening clinics at the health centre, three nights a week",
                    List.of("Access to services and appointments")),
            new Idea("A community bus to hospital clinics",
                    "getting to hospital without a car took a whole day",
                    "a community bus now runs from {town} to the hospital on clinic days, booked by phone",
                    List.of("Travel and transport")),
            new Idea("Follow-up appointments by video",
                    "travelling to hospital for a short follow-up was a long trip for a few minutes",
                    "many follow-ups are now offered by video or telephone, with a visit in person for anyone who prefers one",
                    List.of("Digital and online services", "Travel and transport")),
            new Idea("Physiotherapy in {town}",
                    "the wait for physiotherapy was long and the clinic far away",
                    "a physiotherapy clinic now runs at the health centre in {town}, and people can refer themselves",
                    List.of("Waiting times", "Care closer to home")),
            new Idea("One number for community nursing",
                    "it was hard to know whom to call about community nursing",
                    "there is now one telephone number for the community nursing team, answered seven days a week",
                    List.of("Communication and information", "Joined-up care between organisations")),
            new Idea("Text reminders for appointments",
                    "appointments were missed because letters arrived late",
                    "everyone with a mobile number on record now gets a text reminder two days before",
                    List.of("Communication and information", "Digital and online services")),
            new Idea("Monthly sessions for carers",
                    "unpaid carers felt forgotten and did not know where to get help",
                    "a monthly drop-in for carers now brings together advice from health, the council and local charities",
                    List.of("Joined-up care between organisations", "Mental health and wellbeing")),
            new Idea("A falls clinic in the community",
                    "older people waited at hospital for help after a fall",
                    "a falls clinic now runs in the community, with home visits from a therapist where needed",
                    List.of("Care closer to home")),
            new Idea("Maternity drop-in at the {town} children's centre",
                    "new parents had to travel far for checks and advice",
                    "midwives and health visitors hold a weekly drop-in at the children's centre",
                    List.of("Children and families", "Care closer to home")),
            new Idea("Plain-English appointment letters",
                    "letters about appointments were confusing",
                    "hospital letters have been rewritten with patients, and say clearly where to go and when",
                    List.of("Communication and information")),
            new Idea("Shared care plans for people living with frailty",
                    "people had to repeat their story to every professional",
                    "people living with frailty now have one care plan that the whole team can see, with their agreement",
                    List.of("Joined-up care between organisations")),
            new Idea("Mental health workers in GP practices",
                    "support for mental health took too long to reach",
                    "mental health practitioners now work in every practice in the area, seen without a long referral",
                    List.of("Mental health and wellbeing", "Access to services and appointments")),
            new Idea("Weekend discharge team",
                    "people leaving hospital on a Friday waited until Monday for support",
                    "a discharge team now works at weekends, so support at home starts the day a person leaves",
                    List.of("Joined-up care between organisations", "Care closer to home")),
            new Idea("Online booking for blood tests",
                    "booking a blood test took several phone calls",
                    "blood tests can now be booked online or by phone, at the hospital or the health centre",
                    List.of("Digital and online services", "Access to services and appointments")),
            new Idea("Local training places for nurses",
                    "good staff leave the area and vacancies are hard to fill",
                    "training places for nurses and care workers are now offered locally, with a job at the end",
                    List.of("Staffing and workforce")));

    private final SampleKeys keys;
    private final ChangesMade changes;

    SampleChanges(SampleKeys keys, ChangesMade changes) {
        this.keys = keys;
        this.changes = changes;
    }

    /** Records four changes for each community, three for each workstream and four for the programme. */
    List<ChangeMade> make(List<IntegratedCareCommunity> communities, List<Workstream> workstreams, List<Theme> themes,
                          Instant now) {
        List<ChangeMade> made = new ArrayList<>();
        int number = 0;
        for (IntegratedCareCommunity community : communities) {
            for (int i = 0; i < 4; i++) {
                made.add(changes.add(change(number++, Optional.of(community.id()), Optional.empty(),
                        community.coverage().towns().getFirst(), themes, now)));
            }
        }
        for (Workstream workstream : workstreams) {
            for (int i = 0; i < 3; i++) {
                made.add(changes.add(change(number++, Optional.empty(), Optional.of(workstream.id()), "Lancaster",
                        themes, now)));
            }
        }
        for (int i = 0; i < 4; i++) {
            made.add(changes.add(change(number++, Optional.empty(), Optional.empty(), "Kendal", themes, now)));
        }
        return made;
    }

    private ChangeMade change(int number, Optional<CommunityId> community, Optional<WorkstreamId> workstream,
                              String town, List<Theme> themes, Instant now) {
        SplittableRandom random = keys.random("change", number);
        Idea idea = SampleWords.pick(random, IDEAS);
        LocalDate today = UkTime.dayOf(now);
        // Planned at an even pace over the three years, the last ones a few weeks ago.
        LocalDate planned = today.minusDays(20 + random.nextInt(1_060));
        Set<ThemeId> answered = new LinkedHashSet<>();
        for (String name : idea.themes()) {
            themes.stream().filter(theme -> theme.name().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(theme -> answered.add(theme.id()));
        }
        ChangeMade change = ChangeMade.planned(new ChangeId(keys.id("change", number)),
                idea.title().replace("{town}", town),
                "You said " + idea.said() + ". We did this: " + idea.did().replace("{town}", town) + ".",
                community, workstream, planned, Set.of(), answered);
        LocalDate started = planned.plusDays(14 + random.nextInt(120));
        if (started.isBefore(today)) {
            change = change.advance(ChangeStatus.IN_PROGRESS, started);
            LocalDate done = started.plusDays(30 + random.nextInt(240));
            if (done.isBefore(today)) {
                change = change.advance(ChangeStatus.MADE, done);
            }
        }
        return change;
    }
}
