package org.bettercaretogether.memory;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.search.SearchHit;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.search.Snippet;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.priority.LocalPriority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Search over the public records held in memory: the same records as the PostgreSQL adapter's (views once
 * published, with their public text and answer; changes made, key questions, priorities and meetings once they exist)
 * and the same order (more of the words found first, then newest, then by id), but words are matched by their start,
 * not stemmed in English, and a passage is the whole text.
 */
final class InMemorySearch implements SearchIndex {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A public record as search sees it. */
    private record Entry(SearchKind kind, UUID id, Optional<String> title, String body, Optional<String> answer,
                         Optional<CommunityId> community, Set<ThemeId> themes, Optional<ContributorRole> respondent,
                         Instant dated) {
    }

    private final InMemoryFeedback feedback;
    private final InMemoryCommunityLife life;
    private final InMemoryKeyQuestions keyQuestions;
    private final InMemoryProjects projects;
    private final Communities communities;
    private final Clock clock;

    InMemorySearch(InMemoryFeedback feedback, InMemoryCommunityLife life, InMemoryKeyQuestions keyQuestions,
                   InMemoryProjects projects,
                   Communities communities, Clock clock) {
        this.feedback = feedback;
        this.life = life;
        this.keyQuestions = keyQuestions;
        this.projects = projects;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public List<Found> find(Criteria criteria, Optional<Position> after, int limit) {
        List<String> words = words(criteria.words());
        if (words.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        entries().filter(entry -> criteria.kinds().isEmpty() || criteria.kinds().contains(entry.kind()))
                .filter(entry -> criteria.community().isEmpty() || criteria.community().equals(entry.community()))
                .filter(entry -> criteria.theme().isEmpty() || entry.themes().contains(criteria.theme().get()))
                .filter(entry -> criteria.respondent().isEmpty() || criteria.respondent().equals(entry.respondent()))
                .filter(entry -> criteria.from().isEmpty() || !entry.dated().isBefore(criteria.from().get()))
                .filter(entry -> criteria.before().isEmpty() || entry.dated().isBefore(criteria.before().get()))
                .forEach(entry -> {
                    int score = score(entry, words);
                    if (score > 0) {
                        found.add(new Found(hit(entry, words), new Position(score, entry.dated(), entry.id()), false));
                    }
                });
        Comparator<Position> order = Comparator.comparingInt(Position::score).reversed()
                .thenComparing(Position::dated, Comparator.reverseOrder())
                .thenComparing(position -> position.id().toString(), Comparator.reverseOrder());
        return found.stream()
                .filter(result -> after.isEmpty() || order.compare(result.position(), after.get()) > 0)
                .sorted(Comparator.comparing(Found::position, order))
                .limit(limit).toList();
    }

    private Stream<Entry> entries() {
        Stream<Entry> published = feedback.allViews().stream()
                .filter(view -> view.moderation() instanceof Moderation.Published)
                .map(view -> new Entry(SearchKind.VIEW, view.id().value(), Optional.empty(),
                        ((Moderation.Published) view.moderation()).text().value(),
                        view.response().map(response -> response.text()), community(view.subject()), view.themes(),
                        Optional.of(view.role()), ((Moderation.Published) view.moderation()).at()));
        Stream<Entry> changes = feedback.allChanges().stream()
                .map(change -> new Entry(SearchKind.CHANGE, change.id().value(), Optional.of(change.title()),
                        change.description(), Optional.empty(), change.community(), Set.of(), Optional.empty(),
                        startOfDay(change.madeOn().or(change::startedOn).orElse(change.plannedOn()))));
        Stream<Entry> questions = keyQuestions.keyQuestions().all().stream()
                .map((KeyQuestion question) -> new Entry(SearchKind.KEY_QUESTION, question.id().value(),
                        Optional.of(question.question()), question.answer(), Optional.empty(), Optional.empty(),
                        Set.of(), Optional.empty(), question.changedAt()));
        // A priority has no date of its own: as in PostgreSQL, it is dated when it is read.
        Stream<Entry> priorities = life.allPriorities().stream()
                .map((LocalPriority priority) -> new Entry(SearchKind.PRIORITY, priority.id().value(),
                        Optional.of(priority.title()), priority.description() + "\n\n" + priority.rationale(),
                        Optional.empty(), Optional.of(priority.community()), Set.of(), Optional.empty(), clock.instant()));
        Stream<Entry> meetings = life.allMeetings().stream()
                .map(meeting -> new Entry(SearchKind.MEETING, meeting.id().value(), Optional.of(meeting.title()),
                        meeting.purpose(), meeting.summary(), meeting.host() instanceof MeetingHost.Community host
                        ? Optional.of(host.community()) : Optional.empty(), Set.of(), Optional.empty(),
                        meeting.startsAt()));
        // As in PostgreSQL, a project serves several communities and is not narrowed by one.
        Stream<Entry> listed = projects.all().stream().filter(project -> project.status() == ProjectStatus.LISTED)
                .map(project -> new Entry(SearchKind.PROJECT, project.id().value(),
                        Optional.of(project.details().name()),
                        project.details().offer() + "\n\n" + project.details().forWhom(), Optional.empty(),
                        Optional.empty(), Set.of(), Optional.empty(), project.changedAt()));
        return Stream.of(published, changes, questions, priorities, meetings, listed).flatMap(kind -> kind);
    }

    private static Optional<CommunityId> community(Subject subject) {
        return subject instanceof Subject.AboutCommunity about ? Optional.of(about.community()) : Optional.empty();
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(UK).toInstant();
    }

    /** How many of the words the entry holds, counting each once. */
    private static int score(Entry entry, List<String> words) {
        List<String> held = words(entry.title().orElse("") + " " + entry.body() + " " + entry.answer().orElse(""));
        return (int) words.stream().filter(word -> held.stream().anyMatch(candidate -> candidate.startsWith(word)))
                .count();
    }

    private SearchHit hit(Entry entry, List<String> words) {
        return new SearchHit(entry.kind(), entry.id(), entry.title(), snippet(entry.body(), words),
                entry.answer().filter(answer -> words(answer).stream()
                        .anyMatch(candidate -> words.stream().anyMatch(candidate::startsWith)))
                        .map(answer -> snippet(answer, words)),
                entry.community().flatMap(communities::find)
                        .map(community -> new SearchHit.Community(community.slug(), community.name())),
                entry.respondent(), entry.dated());
    }

    /** The whole text, each word that starts with one searched for marked as a match. */
    private static Snippet snippet(String text, List<String> words) {
        List<Snippet.Part> parts = new ArrayList<>();
        for (String piece : text.split("(?<=\\W)|(?=\\W)")) {
            String lower = piece.toLowerCase(Locale.UK);
            parts.add(new Snippet.Part(piece, !lower.isBlank() && words.stream().anyMatch(lower::startsWith)));
        }
        return new Snippet(parts);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.UK).split("\\W+")).filter(word -> !word.isBlank()).toList();
    }
}
