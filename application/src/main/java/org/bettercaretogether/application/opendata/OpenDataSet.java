package org.bettercaretogether.application.opendata;

import org.bettercaretogether.application.opendata.OpenDataColumn.Type;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The data sets the programme publishes as open data, each with its columns in the order the files hold them. Only
 * what anyone may already read on the site is here: a view is in only once published, and then only by its public
 * text; meetings carry no registrant; nothing names, or gives the address or number of, a person.
 */
public enum OpenDataSet {

    PUBLISHED_VIEWS("published-views", "Published views",
            "Every view the moderators have published, in the words the public may read (personal details removed).",
            List.of(
                    column("reference", Type.TEXT, "The view's reference, such as BCT-7KQ3-M9XD; the answers name it."),
                    column("about", Type.CODE, "What the view is about: programme, community, workstream or network."),
                    column("about_slug", Type.TEXT, "The address name of the community, workstream or network it is "
                            + "about (as in /communities/kendal); empty when about the programme."),
                    column("about_name", Type.TEXT, "The name of what it is about."),
                    column("respondent", Type.CODE, "Who gave it: PATIENT, MEMBER_OF_PUBLIC, CLINICIAN, NHS_STAFF, "
                            + "ELECTED_MEMBER, VOLUNTARY_ORGANISATION or OTHER."),
                    column("channel", Type.CODE, "How it came: ONLINE, MEETING, EMAIL, LETTER, PHONE, PAPER_FORM or "
                            + "SOCIAL_MEDIA."),
                    column("received_on", Type.DATE, "The day it was received."),
                    column("published_at", Type.TIMESTAMP, "When it was published."),
                    column("text", Type.TEXT, "The view as published."),
                    column("themes", Type.LIST, "The themes staff tagged it with, in alphabetical order."),
                    column("answered", Type.YES_NO, "Whether a partner has answered it (the answer is in the answers "
                            + "file)."))),

    ANSWERS("answers", "Answers to views",
            "The official answer to each published view that has one, given in the name of a partner organisation.",
            List.of(
                    column("view_reference", Type.TEXT, "The reference of the view answered (see published views)."),
                    column("partner_id", Type.IDENTIFIER, "The partner organisation that answered (see partners)."),
                    column("partner_name", Type.TEXT, "Its name."),
                    column("answered_at", Type.TIMESTAMP, "When the answer was given."),
                    column("text", Type.TEXT, "The answer."))),

    CHANGES_MADE("changes-made", "Changes made (you said, we did)",
            "Decisions and changes to services that views led to, for a community, a workstream or the programme.",
            List.of(
                    column("id", Type.IDENTIFIER, "The change."),
                    column("title", Type.TEXT, "What changed, in a line."),
                    column("description", Type.TEXT, "What changed, and why."),
                    column("about", Type.CODE, "Whom it is for: programme, community or workstream."),
                    column("about_slug", Type.TEXT, "The address name of the community or workstream; empty for the "
                            + "programme."),
                    column("about_name", Type.TEXT, "The name of the community or workstream, or the programme's."),
                    column("status", Type.CODE, "PLANNED, IN_PROGRESS or MADE."),
                    column("planned_on", Type.DATE, "The day it was planned."),
                    column("started_on", Type.DATE, "The day work started; empty while planned."),
                    column("made_on", Type.DATE, "The day it was made; empty until then."),
                    column("themes", Type.LIST, "The themes it answers, in alphabetical order."),
                    column("views_linked", Type.WHOLE_NUMBER, "How many views led to it, published or not."),
                    column("published_view_references", Type.LIST, "The references of the published views among "
                            + "them."))),

    PRIORITIES("priorities", "Local priorities",
            "Each community's local priorities, ranked, with why they were chosen and where they stand.",
            List.of(
                    column("id", Type.IDENTIFIER, "The priority."),
                    column("community_slug", Type.TEXT, "The address name of the community whose priority it is."),
                    column("community_name", Type.TEXT, "The community's name."),
                    column("rank", Type.WHOLE_NUMBER, "Its place in the community's list: 1 is first."),
                    column("title", Type.TEXT, "The priority, in a line."),
                    column("description", Type.TEXT, "What it means."),
                    column("rationale", Type.TEXT, "Why it was chosen."),
                    column("theme", Type.TEXT, "The theme it belongs to; empty when none."),
                    column("owner_partner_name", Type.TEXT, "The partner organisation that owns it."),
                    column("triple_aim", Type.LIST, "The parts of the triple aim it serves: POPULATION_HEALTH, "
                            + "QUALITY_OF_CARE, COST, STAFF_WELLBEING."),
                    column("status", Type.CODE, "Where it stands: PROPOSED, AGREED, IN_PROGRESS, ACHIEVED or "
                            + "DROPPED."),
                    column("status_on", Type.DATE, "The day it reached that status."))),

    TEAM_MIX("team-mix", "Team mix",
            "The make-up of each community's integrated team: professions, their employers and how many; never "
                    + "named people.",
            List.of(
                    column("community_slug", Type.TEXT, "The address name of the community."),
                    column("community_name", Type.TEXT, "The community's name."),
                    column("team_as_of", Type.DATE, "The day the figures describe; empty when not given."),
                    column("profession", Type.TEXT, "The profession, such as District nurse."),
                    column("employer_name", Type.TEXT, "The partner organisation that employs them."),
                    column("headcount", Type.WHOLE_NUMBER, "How many people; empty when only whole-time "
                            + "equivalents are given."),
                    column("whole_time_equivalents", Type.DECIMAL, "Whole-time equivalents, to two places; empty "
                            + "when only a headcount is given."))),

    MEETINGS("meetings", "Public meetings",
            "The public meetings held by the communities and for the workstreams, past and coming; nothing about who "
                    + "registered.",
            List.of(
                    column("id", Type.IDENTIFIER, "The meeting (as in /meetings/{id})."),
                    column("host", Type.CODE, "Who holds it: community or workstream."),
                    column("host_slug", Type.TEXT, "The address name of the community or workstream."),
                    column("host_name", Type.TEXT, "Its name."),
                    column("title", Type.TEXT, "The meeting's title."),
                    column("purpose", Type.TEXT, "What it is for."),
                    column("starts_at", Type.TIMESTAMP, "When it starts."),
                    column("ends_at", Type.TIMESTAMP, "When it ends."),
                    column("venue_name", Type.TEXT, "Where it is held; empty when online only."),
                    column("venue_address", Type.TEXT, "The venue's address; empty when online only."),
                    column("venue_access_notes", Type.TEXT, "How to reach the venue and get around it; empty when "
                            + "none were given."),
                    column("access_features", Type.LIST, "What the venue offers: STEP_FREE, HEARING_LOOP, PARKING, "
                            + "PUBLIC_TRANSPORT."),
                    column("online", Type.YES_NO, "Whether it can be joined online."),
                    column("capacity", Type.WHOLE_NUMBER, "How many places there are."),
                    column("status", Type.CODE, "SCHEDULED or CANCELLED."),
                    column("cancellation_reason", Type.TEXT, "Why it was cancelled; empty unless cancelled."),
                    column("attendance", Type.WHOLE_NUMBER, "How many came, once recorded."),
                    column("summary", Type.TEXT, "What was discussed, once recorded."))),

    COMMUNITY_PROJECTS("community-projects", "Community projects",
            "The community projects listed for the public (and those that have closed): groups, classes and courses "
                    + "that help people stay well; nothing about who suggested them.",
            List.of(
                    column("id", Type.IDENTIFIER, "The project (as in /projects/{id})."),
                    column("name", Type.TEXT, "Its name."),
                    column("category", Type.CODE, "WALKING_AND_ACTIVITY, FALLS_PREVENTION, CARERS_SUPPORT, "
                            + "LONG_TERM_CONDITIONS, SOCIAL_PRESCRIBING, COMPANY_AND_WELLBEING or OTHER."),
                    column("organiser", Type.TEXT, "Who runs it."),
                    column("organiser_kind", Type.CODE, "PARTNER, VOLUNTARY_ORGANISATION or COMMUNITY_GROUP."),
                    column("community_slugs", Type.LIST, "The address names of the communities whose people it "
                            + "serves."),
                    column("offer", Type.TEXT, "What it offers."),
                    column("for_whom", Type.TEXT, "Who it is for."),
                    column("venue_name", Type.TEXT, "Where it meets; empty when online only."),
                    column("venue_address", Type.TEXT, "The venue's address; empty when online only."),
                    column("access_features", Type.LIST, "What the venue offers: STEP_FREE, HEARING_LOOP, PARKING, "
                            + "PUBLIC_TRANSPORT."),
                    column("online", Type.YES_NO, "Whether it meets online."),
                    column("sessions", Type.LIST, "Its weekly sessions in UK time, each as DAY HH:MM-HH:MM, such as "
                            + "TUESDAY 10:00-11:30."),
                    column("times_note", Type.TEXT, "Anything else about when it meets; empty when nothing."),
                    column("join_by", Type.CODE, "CONTACT, REFERRAL or DROP_IN."),
                    column("join_details", Type.TEXT, "How to get in touch, or when to turn up."),
                    column("free", Type.YES_NO, "Whether it is free."),
                    column("charge", Type.TEXT, "What it costs; empty when free."),
                    column("status", Type.CODE, "LISTED or CLOSED."),
                    column("last_checked", Type.DATE, "The day staff last found the entry right."))),

    KEY_QUESTIONS("key-questions", "Key questions",
            "What people most often ask about the programme, with the programme's answers, in the order the site "
                    + "shows them.",
            List.of(
                    column("position", Type.WHOLE_NUMBER, "Its place in the list: 1 is first."),
                    column("question", Type.TEXT, "The question."),
                    column("answer", Type.TEXT, "The answer; a blank line separates paragraphs."),
                    column("changed_at", Type.TIMESTAMP, "When it was added, reworded or moved."))),

    PARTNERS("partners", "Partners",
            "The health and care organisations in the programme.",
            List.of(
                    column("id", Type.IDENTIFIER, "The partner (as in /partners/{id})."),
                    column("name", Type.TEXT, "Its name."),
                    column("kind", Type.CODE, "ACUTE_HOSPITAL_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST, "
                            + "COMMUNITY_AND_MENTAL_HEALTH_TRUST, AMBULANCE_SERVICE, LOCAL_AUTHORITY, "
                            + "CLINICAL_COMMISSIONING_GROUP or PRIMARY_CARE_FEDERATION."),
                    column("ods_code", Type.TEXT, "Its NHS Organisation Data Service code; empty when it has none."),
                    column("gss_code", Type.TEXT, "Its Government Statistical Service code (local authorities); "
                            + "empty when it has none."),
                    column("website", Type.TEXT, "Its website; empty when not known."),
                    column("role", Type.TEXT, "What it does in the programme."))),

    NETWORKS("networks", "Clinical networks",
            "The clinical networks that group the Integrated Care Communities.",
            List.of(
                    column("id", Type.IDENTIFIER, "The network."),
                    column("slug", Type.TEXT, "Its address name (as in /networks/{slug})."),
                    column("name", Type.TEXT, "Its name."),
                    column("description", Type.TEXT, "What it covers."))),

    COMMUNITIES("communities", "Integrated Care Communities",
            "The local Integrated Care Communities (ICCs): where each is, whom it serves and how far it has come.",
            List.of(
                    column("id", Type.IDENTIFIER, "The community."),
                    column("slug", Type.TEXT, "Its address name (as in /communities/{slug})."),
                    column("name", Type.TEXT, "Its name."),
                    column("network_slug", Type.TEXT, "The address name of its clinical network."),
                    column("towns", Type.LIST, "The towns it covers."),
                    column("postcode_districts", Type.LIST, "The postcode districts it covers, such as LA9."),
                    column("population", Type.WHOLE_NUMBER, "The people it serves; empty when not known."),
                    column("stage", Type.CODE, "Its stage of development: FORMING, DEVELOPING or ESTABLISHED; empty "
                            + "when not known."),
                    column("stage_reached_on", Type.DATE, "The day it reached that stage."))),

    WORKSTREAMS("workstreams", "Workstreams of the service review",
            "The workstreams of the service review, the care they look at and who leads them.",
            List.of(
                    column("id", Type.IDENTIFIER, "The workstream."),
                    column("slug", Type.TEXT, "Its address name (as in /workstreams/{slug})."),
                    column("name", Type.TEXT, "Its name."),
                    column("scope", Type.TEXT, "What it reviews."),
                    column("phase", Type.CODE, "Where the review stands: SCOPING, ENGAGEMENT, CONSULTATION, "
                            + "DECISION, IMPLEMENTATION or EVALUATION."),
                    column("care_settings", Type.LIST, "Where the care it reviews is given: HOSPITAL, COMMUNITY, "
                            + "GP_SURGERY, HOME."),
                    column("lead_partner_name", Type.TEXT, "The partner that leads it; empty when none."),
                    column("partner_names", Type.LIST, "The partners involved.")));

    /** The licence every data set is published under. */
    public static final String LICENCE = "Open Government Licence v3.0";
    /** Where the licence can be read. */
    public static final String LICENCE_URL =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    /** How the items of a list column are separated. */
    public static final String LIST_SEPARATOR = "; ";

    private final String fileName;
    private final String title;
    private final String description;
    private final List<OpenDataColumn> columns;

    OpenDataSet(String fileName, String title, String description, List<OpenDataColumn> columns) {
        this.fileName = fileName;
        this.title = title;
        this.description = description;
        this.columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        columns.forEach(column -> {
            if (!names.add(column.name())) {
                throw new IllegalStateException(fileName + " names column " + column.name() + " twice");
            }
        });
    }

    private static OpenDataColumn column(String name, Type type, String meaning) {
        return new OpenDataColumn(name, type, meaning);
    }

    /** The name of its files, without the extension: {@code published-views}.csv and .json. */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Its columns, in the order of the files. */
    public List<OpenDataColumn> columns() {
        return columns;
    }

    /** The data set whose files are named {@code fileName} (without the extension). */
    public static Optional<OpenDataSet> named(String fileName) {
        return Arrays.stream(values()).filter(set -> set.fileName.equals(fileName)).findFirst();
    }
}
