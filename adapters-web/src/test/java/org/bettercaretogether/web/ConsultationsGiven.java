package org.bettercaretogether.web;

import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consultations as an engagement officer runs them through the application, for the tests of the pages that show
 * them: drafted about a place, with one required question, and scheduled.
 */
public final class ConsultationsGiven {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final RunningPublicWeb web;
    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
            Set.of(Role.ENGAGEMENT_OFFICER));

    public ConsultationsGiven(RunningPublicWeb web) {
        this.web = web;
    }

    public Actor officer() {
        return officer;
    }

    /** A consultation about {@code about}, scheduled to open and close at the given moments. */
    public ConsultationSummary scheduled(ViewAbout about, String title, Instant opens, Instant closes) {
        ConsultationSummary drafted = drafted(about, title, opens, closes);
        return run().schedule(officer, drafted.consultation().id(), drafted.consultation().version()).orElseThrow();
    }

    /** A consultation about {@code about}, drafted and never scheduled: the public never sees it. */
    public ConsultationSummary drafted(ViewAbout about, String title, Instant opens, Instant closes) {
        Slug slug = new Slug("given-" + NAMES.incrementAndGet());
        return run().draft(officer, new ConsultationDraft(slug, about, title, "What we propose, and why.",
                List.of(DocumentLink.of("The proposal", "https://example.org/proposal.pdf")),
                "How the service is arranged", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(opens, closes), List.of(new Question(new QuestionId("support"),
                        "Do you support the proposal?", Optional.empty(), true, QuestionKind.Scale.agreement()))))
                .orElseThrow();
    }

    public RunConsultations run() {
        return web.application().runConsultations();
    }
}
