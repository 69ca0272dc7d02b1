package org.bettercaretogether.web.directory;

import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.ViewCard;
import org.bettercaretogether.web.platform.ScorecardSummary;

/**
 * What a community's or a workstream's own page shows of the feedback loop: the newest published views about it
 * with their answers, links to all of them, to give a view about it and to what changed because of views, and for
 * a community its listening scorecard.
 *
 * <pre>{@code
 * ctx.render("directory/community.jte", Map.of("community", community,
 *         "feedback", FeedbackSection.community(published, slug, community.name())));
 * }</pre>
 * and in the template {@code @template.feedback.section(feedback = feedback)}.
 *
 * @param views            the newest published views, at most {@value #NEWEST}
 * @param youSaidWeDidText the text of the link to the changes views led to
 * @param scorecard the community's listening scorecard; null for a workstream
 */
public record FeedbackSection(String name, List<ViewCard> views, String allViewsHref, String shareHref,
                              String youSaidWeDidHref, String youSaidWeDidText, ScorecardSummary scorecard) {

    /** How many of the newest views the page shows. */
    public static final int NEWEST = 5;

    public FeedbackSection {
        views = List.copyOf(views);
    }

    /** The section of the community {@code slug}, called {@code name}. */
    public static FeedbackSection community(ReadPublishedFeedback published, Slug slug, String name) {
        return new FeedbackSection(name, newest(published, ViewAbout.community(slug)),
                "/views?community=" + slug,
                "/share-your-view?about=community&slug=" + slug,
                "/communities/" + slug + "/you-said-we-did", "You said, we did in " + name,
                ScorecardSummary.of(published.communityScorecard(slug).orElseThrow()));
    }

    /** The section of the workstream {@code slug}, called {@code name}. */
    public static FeedbackSection workstream(ReadPublishedFeedback published, Slug slug, String name) {
        return new FeedbackSection(name, newest(published, ViewAbout.workstream(slug)),
                "/views?workstream=" + slug,
                "/share-your-view?about=workstream&slug=" + slug,
                "/workstreams/" + slug + "/you-said-we-did", "You said, we did: " + name, null);
    }

    private static List<ViewCard> newest(ReadPublishedFeedback published, ViewAbout about) {
        return published.published(Optional.of(about), Optional.empty(), NEWEST).orElseThrow().items().stream()
                .map(ViewCard::of).toList();
    }
}
