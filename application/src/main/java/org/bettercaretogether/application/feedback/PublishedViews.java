package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.UkTime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Makes the public's picture of a view: its moderated text and answer, and nothing of the person who gave it. */
public final class PublishedViews {

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY);

    private final Subjects subjects;
    private final Themes themes;
    private final Partners partners;
    private final ReadCache cache;

    @Inject
    public PublishedViews(Subjects subjects, Themes themes, Partners partners, ReadCache cache) {
        this.subjects = subjects;
        this.themes = themes;
        this.partners = partners;
        this.cache = cache;
    }

    /** The public picture of each published view, in the order given; views that are not published are left out. */
    public List<PublishedView> of(Collection<Feedback> views) {
        Map<ThemeId, String> themeNames = themeNames();
        Map<PartnerId, String> partnerNames = partnerNames();
        return views.stream().filter(Feedback::isPublic).map(view -> {
            Moderation.Published published = (Moderation.Published) view.moderation();
            Subjects.Described about = subjects.describe(view.subject());
            return new PublishedView(view.reference(), about.kind(), about.slug(), about.name(), view.role().title(),
                    view.origin().receivedOn(), published.at(), published.text().value(),
                    view.themes().stream().map(themeNames::get).filter(Objects::nonNull).sorted().toList(),
                    answerOf(view, partnerNames::get));
        }).toList();
    }

    /** A view's answer as the public sees it, when it has one. */
    public static Optional<PublishedAnswer> answerOf(Feedback view,
                                                     Function<PartnerId, String> partnerName) {
        return view.response().map(response -> new PublishedAnswer(
                Optional.ofNullable(partnerName.apply(response.partner())).orElse("A partner organisation"),
                response.text(), UkTime.dayOf(response.at())));
    }

    /** The name of a partner, for answers and assignments. */
    public Optional<String> partnerName(PartnerId id) {
        return Optional.ofNullable(partnerNames().get(id));
    }

    /** The names of the themes, by id, kept while the list stays the same. */
    public Map<ThemeId, String> themeNames() {
        return cache.get(List.of("theme names"), READ_FROM, () -> themes.all().stream()
                .collect(Collectors.toUnmodifiableMap(Theme::id, Theme::name)));
    }

    private Map<PartnerId, String> partnerNames() {
        return cache.get(List.of("partner names"), READ_FROM, () -> partners.all().stream()
                .collect(Collectors.toUnmodifiableMap(Partner::id, Partner::name)));
    }
}
