package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Answering;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.consultation.RespondentTypes;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The service review's three workstreams as sample consultations: Elective Care's closed with its results published
 * and the change made from them linked to it, Women's and Children's Services' open, Out of Hospital Care's coming
 * up — with responses spread over the time each has been open, leaning as people might (most for care nearer home,
 * few for travelling further), so that the lists, a consultation's page, its results and "you said, we did" all have
 * something to show.
 */
final class SampleConsultations {

    private static final int ELECTIVE_RESPONSES = 160;
    private static final int MATERNITY_RESPONSES = 60;
    private static final LocalTime OPENING = LocalTime.of(9, 0);
    private static final LocalTime CLOSING = LocalTime.of(23, 59);

    private final SampleKeys keys;
    private final Consultations consultations;
    private final ConsultationResponses responses;
    private final ChangesMade changes;

    SampleConsultations(SampleKeys keys, Consultations consultations, ConsultationResponses responses,
                        ChangesMade changes) {
        this.keys = keys;
        this.consultations = consultations;
        this.responses = responses;
        this.changes = changes;
    }

    /** How many consultations and responses were made. */
    record Made(int consultations, int responses) {
    }

    /** Makes the three, each for its workstream where the directory has it and no consultation holds its slug. */
    Made make(List<Workstream> workstreams, List<IntegratedCareCommunity> communities, PartnerId runBy, Instant now) {
        Instant scheduled = now.minus(Duration.ofDays(75));
        Map<Slug, CommunityId> known = communities.stream()
                .collect(Collectors.toMap(IntegratedCareCommunity::slug, IntegratedCareCommunity::id));
        int made = 0;
        int answered = 0;
        Optional<Consultation> elective = make(workstreams, "elective-care", "planned-care-closer-to-home",
                "Planned care closer to home",
                "More planned operations and outpatient clinics could move from the main hospitals to community "
                        + "hospitals and health centres. This asked whether people want that, and what matters to them "
                        + "when they wait for planned care.",
                "Which planned operations and clinics move to community hospitals from next year",
                times(now, -70, -14), electiveQuestions(), runBy, scheduled);
        if (elective.isPresent()) {
            made++;
            answered += answer(elective.get(), ELECTIVE_RESPONSES, known, communities, elective.get().times().closesAt());
            Consultation current = consultations.find(elective.get().id()).orElseThrow();
            consultations.update(current.publishResults("Most of those who answered want more planned care nearer "
                    + "home, and would travel a little further to be seen sooner. Shorter waits mattered most, then "
                    + "being seen near home. Clinics for eyes, skin and joints will be offered at Westmorland General "
                    + "and Furness General first.", now)).orElseThrow();
            changeFrom(current, now);
        }
        Optional<Consultation> maternity = make(workstreams, "women-s-and-children-s-services",
                "maternity-and-newborn-care", "Maternity and newborn care across the Bay",
                "Where babies are born, and how families are cared for before and after birth, is being looked at "
                        + "across the Bay. Tell us what matters to you about maternity and newborn care.",
                "Where midwife-led births take place, and which checks move closer to home",
                times(now, -10, 30), maternityQuestions(), runBy, scheduled);
        if (maternity.isPresent()) {
            made++;
            answered += answer(maternity.get(), MATERNITY_RESPONSES, known, communities, now);
        }
        Optional<Consultation> outOfHospital = make(workstreams, "out-of-hospital-care", "care-at-home-and-nearby",
                "Care at home and nearby",
                "Some care now given in hospital could be given at home, at GP surgeries or in community hubs. "
                        + "This will ask which services people would most like to see nearer home.",
                "Which services the community hubs offer first", times(now, 14, 70), outOfHospitalQuestions(),
                runBy, scheduled);
        if (outOfHospital.isPresent()) {
            made++;
        }
        return new Made(made, answered);
    }

    /** The change its results led to ("we did"), under way since they were published, linked to the consultation. */
    private void changeFrom(Consultation elective, Instant now) {
        LocalDate today = UkTime.dayOf(now);
        Optional<WorkstreamId> workstream = elective.subject() instanceof Subject.AboutWorkstream about
                ? Optional.of(about.workstream()) : Optional.empty();
        changes.add(ChangeMade.planned(new ChangeId(keys.id("consultation change", 0)),
                "Eye, skin and joint clinics at Westmorland General and Furness General",
                "You said you want more planned care nearer home, and that shorter waits matter most. We are moving "
                        + "outpatient clinics for eyes, skin and joints to Westmorland General and Furness General "
                        + "first, with the first clinics this season.", Optional.empty(), workstream, today, Set.of(),
                Set.of()).cameFrom(Optional.of(elective.id())).advance(ChangeStatus.IN_PROGRESS, today));
    }

    private Optional<Consultation> make(List<Workstream> workstreams, String workstream, String slug, String title,
                                        String summary, String decision, OpeningTimes times, List<Question> questions,
                                        PartnerId runBy, Instant scheduled) {
        Optional<Workstream> about = workstreams.stream().filter(w -> w.slug().value().equals(workstream)).findFirst();
        if (about.isEmpty() || consultations.findBySlug(new Slug(slug)).isPresent()) {
            return Optional.empty();
        }
        Consultation draft = Consultation.draft(new ConsultationId(keys.id("consultation", slug.hashCode())),
                new Slug(slug), new Subject.AboutWorkstream(about.get().id()), title, summary, List.of(), decision,
                runBy, times, questions);
        return consultations.update(consultations.add(draft).schedule(scheduled));
    }

    /** Answers from {@code count} people, received between the opening and {@code until}. */
    private int answer(Consultation consultation, int count, Map<Slug, CommunityId> known,
                       List<IntegratedCareCommunity> communities, Instant until) {
        Instant opens = consultation.times().opensAt();
        long span = Duration.between(opens, until).toSeconds();
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(opens.plusSeconds(keys.random("consultation response at", i).nextLong(span)));
        }
        moments.sort(null);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = keys.random(consultation.slug().value(), i);
            List<Answer> answers = answers(consultation, random, communities);
            Answering answering = consultation.answer(new ResponseId(keys.id("consultation response "
                    + consultation.slug(), i)), answers, moments.get(i), known);
            if (!(answering instanceof Answering.Accepted accepted)) {
                throw new IllegalStateException("a sample response does not fit its consultation: " + answering);
            }
            consultations.markAnswered(consultation.id(), consultation.version(), moments.get(i));
            responses.add(accepted.response(), Secrets.sha256(SampleKeys.token("r", random)));
        }
        return count;
    }

    /** One person's answers: every choice question answered, leaning towards care nearer home; "about you" often. */
    private static List<Answer> answers(Consultation consultation, SplittableRandom random,
                                        List<IntegratedCareCommunity> communities) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : consultation.questions()) {
            String id = question.id().value();
            switch (question.kind()) {
                case QuestionKind.Scale scale -> answers.add(Answer.of(id, weighted(scale.options(), random,
                        35, 30, 15, 12, 8)));
                case QuestionKind.SingleChoice single -> answers.add(Answer.of(id, weighted(single.options(), random,
                        50, 35, 15)));
                case QuestionKind.MultipleChoice multiple -> {
                    String first = weighted(multiple.options(), random, 45, 30, 15, 10);
                    String second = multiple.options().get(random.nextInt(multiple.options().size())).code();
                    answers.add(second.equals(first) || multiple.maximum() < 2 ? Answer.of(id, first)
                            : Answer.of(id, first, second));
                }
                case QuestionKind.FreeText text -> { }
                case QuestionKind.AboutYou about -> {
                    if (random.nextInt(10) < 8) {
                        answers.add(Answer.of(id, switch (about.topic()) {
                            case RESPONDENT_TYPE -> RespondentTypes.code(weightedRole(random));
                            case COMMUNITY -> communities.get(random.nextInt(communities.size())).slug().value();
                            case POSTCODE_DISTRICT -> "LA" + (1 + random.nextInt(22));
                        }));
                    }
                }
            }
        }
        return answers;
    }

    /** An option's code, chosen with the weights given to the first options (the rest share what is left). */
    private static String weighted(List<Option> options, SplittableRandom random, int... weights) {
        int roll = random.nextInt(100);
        int sum = 0;
        for (int i = 0; i < Math.min(weights.length, options.size()); i++) {
            sum += weights[i];
            if (roll < sum) {
                return options.get(i).code();
            }
        }
        return options.get(options.size() - 1).code();
    }

    private static ContributorRole weightedRole(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return ContributorRole.PATIENT;
        }
        if (roll < 80) {
            return ContributorRole.MEMBER_OF_PUBLIC;
        }
        if (roll < 88) {
            return ContributorRole.NHS_STAFF;
        }
        if (roll < 94) {
            return ContributorRole.CLINICIAN;
        }
        return roll < 97 ? ContributorRole.VOLUNTARY_ORGANISATION : ContributorRole.ELECTED_MEMBER;
    }

    /** Opening at 9am UK time {@code opensInDays} from now, closing at 11:59pm UK time {@code closesInDays} from now. */
    private static OpeningTimes times(Instant now, int opensInDays, int closesInDays) {
        return OpeningTimes.inUkTime(UkTime.dayOf(now.plus(Duration.ofDays(opensInDays))).atTime(OPENING),
                UkTime.dayOf(now.plus(Duration.ofDays(closesInDays))).atTime(CLOSING));
    }

    private static List<Question> electiveQuestions() {
        return List.of(
                question("support", "Should more planned operations and outpatient clinics be held in community "
                        + "hospitals rather than the main hospitals?", true, QuestionKind.Scale.agreement()),
                question("travel", "How far would you travel for a planned operation if it meant being seen sooner?",
                        true, new QuestionKind.SingleChoice(List.of(new Option("up-to-30-minutes", "Up to 30 minutes"),
                                new Option("up-to-an-hour", "30 minutes to an hour"),
                                new Option("more-than-an-hour", "More than an hour")))),
                question("matters", "What matters most to you about planned care? Choose up to two.", false,
                        new QuestionKind.MultipleChoice(List.of(new Option("shorter-waits", "Shorter waits"),
                                new Option("near-home", "Being seen near home"),
                                new Option("same-team", "Seeing the same team each time"),
                                new Option("outside-working-hours", "Appointments outside working hours")), 2)),
                question("comments", "Is there anything else we should know?", false, new QuestionKind.FreeText(1_000)),
                aboutYou("capacity", AboutYouTopic.RESPONDENT_TYPE),
                aboutYou("community", AboutYouTopic.COMMUNITY));
    }

    private static List<Question> maternityQuestions() {
        return List.of(
                question("support", "Should more births be supported in midwife-led units close to home, with "
                        + "specialist care kept at the main hospitals?", true, QuestionKind.Scale.agreement()),
                question("birthplace", "Where would you most want to give birth, if all went well?", true,
                        new QuestionKind.SingleChoice(List.of(new Option("midwife-led-unit", "A midwife-led unit"),
                                new Option("hospital", "A hospital labour ward"), new Option("home", "At home")))),
                question("matters", "What matters most to you about care before and after birth? Choose up to two.",
                        false, new QuestionKind.MultipleChoice(List.of(new Option("same-midwife", "Seeing the same midwife"),
                                new Option("near-home", "Checks near home"),
                                new Option("travel", "Short travel in an emergency"),
                                new Option("support-at-home", "Support at home after the birth")), 2)),
                question("comments", "Is there anything else we should know?", false, new QuestionKind.FreeText(1_000)),
                aboutYou("capacity", AboutYouTopic.RESPONDENT_TYPE),
                aboutYou("community", AboutYouTopic.COMMUNITY),
                aboutYou("district", AboutYouTopic.POSTCODE_DISTRICT));
    }

    private static List<Question> outOfHospitalQuestions() {
        return List.of(
                question("support", "Should more care be given at home, at GP surgeries and in community hubs, "
                        + "rather than in hospital?", true, QuestionKind.Scale.agreement()),
                question("services", "Which services would you most like nearer home? Choose up to three.", true,
                        new QuestionKind.MultipleChoice(List.of(new Option("blood-tests", "Blood tests"),
                                new Option("x-rays", "X-rays and scans"), new Option("physiotherapy", "Physiotherapy"),
                                new Option("mental-health", "Mental health support"),
                                new Option("falls", "Help after a fall")), 3)),
                question("comments", "Is there anything else we should know?", false, new QuestionKind.FreeText(1_000)),
                aboutYou("capacity", AboutYouTopic.RESPONDENT_TYPE),
                aboutYou("community", AboutYouTopic.COMMUNITY));
    }

    private static Question question(String id, String text, boolean required, QuestionKind kind) {
        return new Question(new QuestionId(id), text, Optional.empty(), required, kind);
    }

    private static Question aboutYou(String id, AboutYouTopic topic) {
        return new Question(new QuestionId(id), topic.usualWording(), Optional.empty(), false,
                new QuestionKind.AboutYou(topic));
    }
}
