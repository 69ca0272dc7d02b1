package org.bettercaretogether.web.change;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.feedback.PublishedAnswer;
import org.bettercaretogether.application.feedback.PublishedView;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.web.platform.YouSaidWeDidLinks;

/**
 * A change made as the public API answers it: what was decided, where, how far it has got (with the day of each
 * step, UK time; a step not reached is absent), the names of its themes, and the published views behind it with
 * their answers: {@code views} quotes the most recently published of them (at most five), {@code publishedViews}
 * counts them all. Views that are not published are only counted ({@code unpublishedViews}): neither their words
 * nor their references are given, and nothing names the person who gave a view or the member of staff who
 * recorded the change.
 *
 * @param status   {@code PLANNED}, {@code IN_PROGRESS} or {@code MADE}
 * @param cameFrom the consultation the change came from, with the address of its results; absent if none did
 */
public record ChangeJson(String id, String title, String description, String status, LocalDate plannedOn,
                         LocalDate startedOn, LocalDate madeOn, Where where, List<String> themes, List<View> views,
                         int publishedViews, int unpublishedViews, CameFrom cameFrom) {

    public ChangeJson {
        themes = List.copyOf(themes);
        views = List.copyOf(views);
    }

    /**
     * Where a change belongs.
     *
     * @param kind {@code community}, {@code workstream} or {@code programme}
     * @param slug the community's or workstream's slug; absent for the programme (and for a place no longer in
     *             the directory)
     */
    public record Where(String kind, String slug, String name) {

        static final String COMMUNITY = "community";
        static final String WORKSTREAM = "workstream";
        static final String PROGRAMME = "programme";

        static Where of(ChangeSummary summary) {
            ChangeMade change = summary.change();
            if (change.community().isPresent()) {
                return new Where(COMMUNITY, summary.communitySlug().orElse(null), summary.where());
            }
            if (change.workstream().isPresent()) {
                return new Where(WORKSTREAM, summary.workstreamSlug().orElse(null), summary.where());
            }
            return new Where(PROGRAMME, null, summary.where());
        }

        /** The public page of the place, or null where there is none to link to. */
        String page() {
            if (slug == null) {
                return kind.equals(PROGRAMME) ? "/" : null;
            }
            return (kind.equals(COMMUNITY) ? "/communities/" : "/workstreams/") + slug;
        }
    }

    /** The consultation a change came from: its slug, its title and the page of its results ("you said"). */
    public record CameFrom(String slug, String title, String results) {

        static CameFrom of(ChangeSummary summary) {
            return summary.cameFrom().map(consultation -> new CameFrom(consultation.slug().value(),
                    consultation.title(), YouSaidWeDidLinks.results(consultation.slug()))).orElse(null);
        }
    }

    /** A published view behind the change: its reference, its moderated words and the answer, if it has one. */
    public record View(String reference, String text, Answer answer) {
    }

    /** A partner organisation's answer to a view: the organisation, its words and the day. */
    public record Answer(String partner, String text, LocalDate answeredOn) {
    }

    static ChangeJson of(ChangeSummary summary) {
        ChangeMade change = summary.change();
        return new ChangeJson(change.id().toString(), change.title(), change.description(), change.status().name(),
                change.plannedOn(), change.startedOn().orElse(null), change.madeOn().orElse(null), Where.of(summary),
                summary.themeNames(), summary.publishedViews().stream().map(ChangeJson::view).toList(),
                summary.publishedViewCount(), summary.unpublishedViewCount(), CameFrom.of(summary));
    }

    private static View view(PublishedView view) {
        return new View(view.reference().value(), view.text(), view.answer().map(ChangeJson::answer).orElse(null));
    }

    private static Answer answer(PublishedAnswer answer) {
        return new Answer(answer.partnerName(), answer.text(), answer.answeredOn());
    }
}
