package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.WithholdReason;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The words of the sample: what people say in their views, how partners answer, and the notes staff keep, put
 * together from phrases about the programme's themes. A phrase may name the place ({@code {town}}), the community
 * ({@code {area}}) and its nearest hospital ({@code {hospital}}); no phrase holds a number long enough to look like
 * a telephone number, nor anything like a postcode or an email address, so that a moderator could publish them as
 * they are.
 */
final class SampleWords {

    /** What a view talks about; each topic is tagged with the theme of the same name. */
    enum Topic {
        ACCESS("Access to services and appointments", 14),
        WAITING("Waiting times", 16),
        COMMUNICATION("Communication and information", 11),
        TRANSPORT("Travel and transport", 12),
        CLOSER_TO_HOME("Care closer to home", 12),
        MENTAL_HEALTH("Mental health and wellbeing", 9),
        CHILDREN("Children and families", 7),
        STAFFING("Staffing and workforce", 7),
        JOINED_UP("Joined-up care between organisations", 7),
        DIGITAL("Digital and online services", 5);

        private final String theme;
        private final int weight;

        Topic(String theme, int weight) {
            this.theme = theme;
            this.weight = weight;
        }

        /** The name of the theme a view about this topic is tagged with. */
        String theme() {
            return theme;
        }
    }

    /** Where a view is set: a town, the community and the hospital nearest to it. */
    record Place(String town, String area, String hospital) {
    }

    private static final int TOTAL_WEIGHT = Arrays.stream(Topic.values()).mapToInt(t -> t.weight).sum();

    private static final Map<Topic, List<String>> SAYINGS = new EnumMap<>(Topic.class);
    private static final Map<Topic, List<String>> ANSWERS = new EnumMap<>(Topic.class);

    static {
        SAYINGS.put(Topic.ACCESS, List.of(
                "Getting through to my GP practice in {town} on the phone first thing in the morning is almost impossible.",
                "I was offered an appointment within two days, which was much better than I expected.",
                "The practice in {town} has stopped offering Saturday morning appointments, and working people struggle to get seen.",
                "My mother could not get a home visit even though she cannot leave the house without help.",
                "The walk-in service at {hospital} was quick and the staff were kind.",
                "It took three weeks to get a routine blood test booked, and I had to ring several times.",
                "People without a car in {town} find it very hard to reach the services that have moved further away.",
                "The new booking line works well once you get through, but the queue at opening time is long."));
        SAYINGS.put(Topic.WAITING, List.of(
                "I waited over five months for a hip assessment at {hospital}, and the pain got worse all that time.",
                "The wait in the emergency department at {hospital} was more than six hours on a weekday evening.",
                "My referral for physiotherapy took so long that I ended up paying to be seen privately.",
                "Once I was on the list, everything after that moved quickly and was well organised.",
                "Nobody told us how long the wait for a children's assessment would be, which made it harder to plan.",
                "Waiting lists for hearing tests in {area} seem much longer than in neighbouring areas.",
                "My husband's cancer appointments were fast and I cannot fault the team.",
                "I was sent home twice on the day of my operation because of a shortage of beds."));
        SAYINGS.put(Topic.COMMUNICATION, List.of(
                "The letter about my appointment arrived after the date it was for.",
                "Staff explained my treatment clearly and gave me time to ask questions.",
                "I received three different letters giving three different times for the same clinic.",
                "Please write to people in plain English; the last leaflet about the review was hard to follow.",
                "Nobody told me my appointment had been moved from {hospital} to another site until I arrived.",
                "It would help if the hospital and the GP told each other about changes to my medication.",
                "The public meeting in {town} explained the plans well, and people felt listened to.",
                "Information about the changes should be in the library and the post office, not only online."));
        SAYINGS.put(Topic.TRANSPORT, List.of(
                "The bus from {town} to {hospital} runs only twice a day, so a morning appointment means a whole day out.",
                "Parking at {hospital} is so hard to find that I have missed appointments while driving round.",
                "Patient transport arrived on time and the driver could not have been more helpful.",
                "A taxi to {hospital} and back costs more than many older people in {town} can afford.",
                "If services move further away, please think about how people without a car will get there.",
                "The volunteer driver scheme in {area} is a lifeline for people who no longer drive.",
                "Roads over the hills are often closed in winter, so travelling for care is not simple here.",
                "Appointments late in the afternoon leave no way to get home by public transport."));
        SAYINGS.put(Topic.CLOSER_TO_HOME, List.of(
                "Having the nurse come to the house meant my father could stay at home rather than go into hospital.",
                "I would much rather see a specialist at the health centre in {town} than travel to {hospital}.",
                "Outpatient follow-ups could easily be done at the local surgery instead of at the hospital.",
                "The community team in {area} helped my aunt come home from hospital days earlier than planned.",
                "Please keep the minor injuries service in {town}; it saves a long trip for small things.",
                "Care at home only works if there are enough carers, and at the moment there are not.",
                "The new clinic at the health centre meant I did not need to take a day off work.",
                "Older people in {town} want to be looked after close to their families and friends."));
        SAYINGS.put(Topic.MENTAL_HEALTH, List.of(
                "My son waited months for mental health support, and things got much worse before he was seen.",
                "The talking therapy I was offered through my GP really helped me through a hard time.",
                "There is nowhere to go in {town} in a crisis outside office hours.",
                "Loneliness is a real problem for older people in {area}, and the lunch club made a big difference.",
                "Mental health should be treated as seriously as physical health when services are planned.",
                "The wellbeing café run by volunteers is welcoming, but it needs steady funding.",
                "Staff at {hospital} did not seem to know how to help someone with anxiety in the waiting room.",
                "Young people need support they can reach without a parent driving them to another town."));
        SAYINGS.put(Topic.CHILDREN, List.of(
                "The midwives looked after me wonderfully, but I was worried about how far the maternity unit is from {town}.",
                "Health visitors in {area} have been stretched thin, and new parents notice.",
                "Our children's ward stay at {hospital} was handled with real care and patience.",
                "Parents in {town} need to know where to go when a child is unwell in the evening.",
                "The baby clinic moving out of {town} means a long journey with a newborn.",
                "Support for children with additional needs is spread across too many services.",
                "School nurses are doing a great job, but there are not enough of them.",
                "Please make sure families are asked before maternity services are changed."));
        SAYINGS.put(Topic.STAFFING, List.of(
                "The nurses on the ward were clearly working flat out and there did not seem to be enough of them.",
                "It is hard to get to know a GP when you see someone different every time.",
                "Local young people should be encouraged to train and stay working in {area}.",
                "Staff at {hospital} were friendly and professional even though they were obviously busy.",
                "Many good staff leave because housing near {town} is too expensive.",
                "Agency staff do their best but often do not know how things work locally.",
                "Please look after the staff you have; they are the reason the service still works.",
                "The reception team at the surgery in {town} are polite and helpful despite the pressure."));
        SAYINGS.put(Topic.JOINED_UP, List.of(
                "I had to tell my story again to every person who came to see me, as none of them shared notes.",
                "When my mother left hospital, the social care package was not ready, so she stayed in a bed she did not need.",
                "The hospital, the GP and the council all seem to work separately, and families fill the gaps.",
                "The team in {area} now meets every week to talk about people at risk, and we can see the difference.",
                "One named person to contact would make caring for my husband so much easier.",
                "Pharmacists, nurses and GPs working from one building in {town} is a real improvement.",
                "Discharge from {hospital} on a Friday afternoon means nothing is in place until Monday.",
                "Voluntary groups in {town} could do more if they were brought into the planning early."));
        SAYINGS.put(Topic.DIGITAL, List.of(
                "Booking appointments online is easy, and I like getting a text reminder the day before.",
                "Not everyone has a smartphone or the internet, so please keep other ways to book.",
                "My video consultation worked well and saved me a long journey to {hospital}.",
                "The app asks for the same details every time, which is frustrating.",
                "Broadband in the villages around {town} is too poor for video appointments.",
                "Being able to see my test results online has put my mind at rest more than once.",
                "Online forms should be simpler; my father gave up half way through.",
                "It would be good to order repeat prescriptions online from every practice in {area}."));

        ANSWERS.put(Topic.ACCESS, List.of(
                "The practices in the area are working together so that more appointments can be booked across the community.",
                "We have added more telephone lines at the busiest times of the morning.",
                "Evening and weekend appointments are now offered from the community hub."));
        ANSWERS.put(Topic.WAITING, List.of(
                "We have shared your experience with the service, which is working through its waiting list in order of clinical need.",
                "Extra clinics have been arranged to bring waiting times down, and we publish progress every month.",
                "We are sorry for the wait you had; the team has looked at what went wrong and changed how referrals are checked."));
        ANSWERS.put(Topic.COMMUNICATION, List.of(
                "We are reviewing our letters with patients to make them clearer and to send them in good time.",
                "Your comments have been passed to the appointments team, who are checking how clinic changes are told to patients.",
                "Printed information about the review is now available in libraries and community centres."));
        ANSWERS.put(Topic.TRANSPORT, List.of(
                "We are working with the council and the bus operators on journeys to the hospitals.",
                "Travel is one of the things the review weighs up before any service moves.",
                "Our patient transport team has been told about your experience and will use it in planning."));
        ANSWERS.put(Topic.CLOSER_TO_HOME, List.of(
                "Moving more clinics into community settings is a priority for the Integrated Care Community.",
                "The community team is growing so that more people can be cared for at home.",
                "Your view has been added to the evidence the review uses to decide where care is given."));
        ANSWERS.put(Topic.MENTAL_HEALTH, List.of(
                "We are sorry that support took so long; a new route to mental health help through GP practices is being set up.",
                "The wellbeing services in the community are being expanded, and we have passed your comments to them.",
                "Support outside office hours is being looked at with the mental health trust."));
        ANSWERS.put(Topic.CHILDREN, List.of(
                "Families are being asked for their views before any change to maternity or children's services is decided.",
                "The health visiting team is recruiting, and we have shared your comments with its managers.",
                "Advice on where to go when a child is unwell is being sent to every family in the area."));
        ANSWERS.put(Topic.STAFFING, List.of(
                "Thank you for your kind words about our staff, which we have passed on to the team.",
                "We are working with local colleges to train and keep more staff in the Bay.",
                "Recruiting and keeping staff is one of the programme's priorities, and your view adds to that work."));
        ANSWERS.put(Topic.JOINED_UP, List.of(
                "Health and care teams now share a single care plan for people who need help from several services.",
                "We have looked at what happened when you left hospital and changed how discharges are planned.",
                "The integrated team meets every week so that people do not fall between services."));
        ANSWERS.put(Topic.DIGITAL, List.of(
                "Telephone and face-to-face booking will stay for everyone who needs them.",
                "We have passed your comments to the team that runs online services, who are making the forms simpler.",
                "Video appointments are offered where they suit the person and the care they need."));
    }

    private static final Map<ContributorRole, List<String>> OPENINGS = new EnumMap<>(ContributorRole.class);

    static {
        OPENINGS.put(ContributorRole.PATIENT, List.of(
                "I have been a patient at {hospital} on and off for several years.",
                "After a recent stay in hospital I wanted to share what happened.",
                "I live with a long-term condition and see several services regularly.",
                "I am writing about my own care over the last few months."));
        OPENINGS.put(ContributorRole.MEMBER_OF_PUBLIC, List.of(
                "I have lived in {town} all my life and use local services with my family.",
                "We moved to {town} a few years ago and are still finding our way around local services.",
                "I want to give my view on the plans for {area}.",
                "As a resident of {town}, I follow the review closely."));
        OPENINGS.put(ContributorRole.CLINICIAN, List.of(
                "As a GP working in {town}, I see the effect of these services on my patients every day.",
                "I work as a consultant across the Bay's hospitals.",
                "Speaking as a clinician in {area}, I would like to add a view from the front line."));
        OPENINGS.put(ContributorRole.NHS_STAFF, List.of(
                "I work on a ward at {hospital}.",
                "As a community nurse covering {town}, I visit many people at home.",
                "I work in the appointments office and hear from patients every day."));
        OPENINGS.put(ContributorRole.ELECTED_MEMBER, List.of(
                "Residents in my ward in {town} have raised this with me many times.",
                "As a local councillor for {area}, I want to pass on what people tell me.",
                "Several constituents have written to me about this."));
        OPENINGS.put(ContributorRole.VOLUNTARY_ORGANISATION, List.of(
                "Our group supports older people in {town}.",
                "We run a carers' café in {town} and hear many stories like this one.",
                "Our charity works with families across {area}."));
        OPENINGS.put(ContributorRole.OTHER, List.of(
                "I care for my elderly mother in {town}.",
                "I help at the community centre in {town}.",
                "I am writing on behalf of my neighbour, who asked me to."));
    }

    private static final List<String> SUGGESTIONS = List.of(
            "It would make a real difference if this were looked at soon.",
            "Please ask the people who use the service before anything changes.",
            "A clinic in {town} once a week would solve most of this.",
            "Could someone explain what is planned for {area} in the next year?",
            "Small changes like this would help people trust the programme.",
            "I hope the review takes views like mine into account.",
            "Please keep the good parts of the service as they are.",
            "Simple information on what to expect would help a lot.");

    private static final List<String> CLOSINGS = List.of(
            "Thank you for asking for our views.",
            "Thank you to everyone who works so hard for us.",
            "I am happy to say more if it helps.",
            "I look forward to hearing what happens next.",
            "Thank you for reading this.");

    private static final List<String> ANSWER_OPENINGS = List.of(
            "Thank you for taking the time to share your view.",
            "Thank you for telling us about your experience.",
            "Thank you for your comments, which we have read carefully.",
            "We are grateful for your feedback and sorry where we fell short.");

    private static final List<String> ANSWER_CLOSINGS = List.of(
            "Your view will be considered with the others we receive as the work goes on.",
            "If you would like to talk about this further, please contact us and quote the reference of your view.",
            "We will keep the community informed about what changes as a result.",
            "Thank you again for helping us improve care in Morecambe Bay.");

    private static final Map<WithholdReason, List<String>> WITHHOLD_NOTES = new EnumMap<>(WithholdReason.class);

    static {
        WITHHOLD_NOTES.put(WithholdReason.NO_CONSENT, List.of("The person did not agree to publication."));
        WITHHOLD_NOTES.put(WithholdReason.PERSONAL_DETAILS, List.of(
                "Names a member of staff and describes a person's treatment in detail.",
                "Too much about the person's own health to publish, even edited."));
        WITHHOLD_NOTES.put(WithholdReason.ABUSIVE, List.of("Abusive language about staff.", "Offensive throughout."));
        WITHHOLD_NOTES.put(WithholdReason.OFF_TOPIC, List.of(
                "About a private care home, not the programme's services.",
                "About council tax, not health or care."));
        WITHHOLD_NOTES.put(WithholdReason.DUPLICATE, List.of(
                "The same view was sent twice, by email and on the form.",
                "Repeats a view received the day before."));
        WITHHOLD_NOTES.put(WithholdReason.SAFEGUARDING, List.of("Passed to the safeguarding lead; not for publication."));
    }

    private static final List<String> SAFEGUARDING_NOTES = List.of(
            "Describes an older person living alone without the help they need; referred to adult social care.",
            "Mentions a child who may be at risk; the safeguarding lead has been told.",
            "The person says they feel unsafe at home; passed to the safeguarding team the same day.");

    private static final List<String> REASONS_TO_CLOSE_UNANSWERED = List.of(
            "No answer needed: the view was shared for information.",
            "No answer needed: the same point has been answered publicly.",
            "Closed: the person did not ask for a reply.");

    private SampleWords() {
    }

    /** One to three topics for a view, the first the one it is mostly about. */
    static List<Topic> topics(SplittableRandom random) {
        int count = random.nextInt(100) < 55 ? 1 : random.nextInt(100) < 78 ? 2 : 3;
        Topic first = topic(random);
        if (count == 1) {
            return List.of(first);
        }
        Topic second = topic(random);
        while (second == first) {
            second = topic(random);
        }
        if (count == 2) {
            return List.of(first, second);
        }
        Topic third = topic(random);
        while (third == first || third == second) {
            third = topic(random);
        }
        return List.of(first, second, third);
    }

    private static Topic topic(SplittableRandom random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Topic topic : Topic.values()) {
            pick -= topic.weight;
            if (pick < 0) {
                return topic;
            }
        }
        throw new AssertionError("the weights add up to the total");
    }

    /** What a person says about {@code topics}, in their own words, one to five sentences. */
    static String view(SplittableRandom random, ContributorRole role, List<Topic> topics, Place place) {
        StringBuilder text = new StringBuilder(400);
        if (random.nextInt(100) < 45) {
            sentence(text, pick(random, OPENINGS.get(role)), place);
        }
        for (Topic topic : topics) {
            sentence(text, pick(random, SAYINGS.get(topic)), place);
        }
        if (random.nextInt(100) < 30) {
            sentence(text, pick(random, SUGGESTIONS), place);
        }
        if (random.nextInt(100) < 20) {
            sentence(text, pick(random, CLOSINGS), place);
        }
        return text.toString();
    }

    /** A partner's answer to a view about {@code topics}, speaking for the organisation. */
    static String answer(SplittableRandom random, List<Topic> topics, Place place) {
        StringBuilder text = new StringBuilder(400);
        sentence(text, pick(random, ANSWER_OPENINGS), place);
        sentence(text, pick(random, ANSWERS.get(topics.getFirst())), place);
        if (topics.size() > 1 && random.nextBoolean()) {
            sentence(text, pick(random, ANSWERS.get(topics.get(1))), place);
        }
        sentence(text, pick(random, ANSWER_CLOSINGS), place);
        return text.toString();
    }

    /** A moderator's note on why a view was withheld, when they wrote one. */
    static Optional<String> withholdNote(SplittableRandom random, WithholdReason reason) {
        return random.nextInt(100) < 60 ? Optional.of(pick(random, WITHHOLD_NOTES.get(reason))) : Optional.empty();
    }

    static String safeguardingNote(SplittableRandom random) {
        return pick(random, SAFEGUARDING_NOTES);
    }

    static String reasonToCloseUnanswered(SplittableRandom random) {
        return pick(random, REASONS_TO_CLOSE_UNANSWERED);
    }

    static String reasonToCloseWithheld(WithholdReason reason) {
        return switch (reason) {
            case SAFEGUARDING -> "Closed after referral to the safeguarding team; no public answer will be given.";
            case DUPLICATE -> "Closed as a duplicate of another view.";
            case OFF_TOPIC -> "Closed: not about the programme's services.";
            case ABUSIVE -> "Closed: withheld as abusive, no answer will be given.";
            case NO_CONSENT, PERSONAL_DETAILS -> "Closed without a public answer.";
        };
    }

    static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static void sentence(StringBuilder text, String phrase, Place place) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(phrase.replace("{town}", place.town()).replace("{area}", place.area())
                .replace("{hospital}", place.hospital()));
    }
}
