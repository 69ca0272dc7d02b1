package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.partner.Partners;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** Makes the public's picture of a view: its moderated text and answer, and nothing of the person who gave it. */
public final class PublishedViews {

    private final Subjects subjects;
    private final Themes themes;
    private final Partners partners;

    @Inject
    public PublishedViews(Subjects subjects, Themes themes, Partners partners) {
        this.subjects = subjects;
        this.themes = themes;
        this.partners = partners;
    }

    /** The public picture of each published view, in the order given; views that are not published are left out. */
    public List<PublishedView> of(Collection<Feedback> views) {
        Map<ThemeId, String> themeNames = themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        Map<PartnerId, String> partnerNames = partners.all().stream()
                .collect(Collectors.toMap(Partner::id, Partner::name));
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
        return partners.find(id).map(Partner::name);
    }
}
