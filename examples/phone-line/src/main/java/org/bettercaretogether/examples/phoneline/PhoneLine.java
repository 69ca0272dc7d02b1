package org.bettercaretogether.examples.phoneline;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.feedback.AwaitingAnswer;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.core.BetterCareTogether;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ViewText;

import java.util.List;
import java.util.Optional;

/**
 * What a phone line's operators do with the library: three of its use cases, called as any embedding service calls
 * them. Every answer is an {@link Outcome}: done, or rejected with the reason a caller can be told (a place that is not
 * one, a view with no words); nothing here throws for a caller's mistake.
 */
public final class PhoneLine {

    /** How many waiting views an operator sees at once. */
    static final int PAGE = 50;

    private final FindCommunityForPlace places;
    private final EnterFeedback views;
    private final RespondToFeedback answers;

    @Inject
    public PhoneLine(FindCommunityForPlace places, EnterFeedback views, RespondToFeedback answers) {
        this.places = places;
        this.views = views;
        this.answers = answers;
    }

    /** The phone line over a running library: Guice makes it from the use cases its constructor names. */
    public static PhoneLine on(BetterCareTogether library) {
        return library.injector().getInstance(PhoneLine.class);
    }

    /**
     * The communities that serve the place a caller gives: a town, a postcode district such as {@code LA9} or a full
     * postcode. A place the programme does not serve is not found; text that is no place is invalid.
     */
    public Outcome<List<CommunityForCaller>> communitiesFor(String townOrPostcode) {
        return Outcome.attempt(() -> PlaceQuery.parse(townOrPostcode))
                .flatMap(places::find)
                .map(matches -> matches.communities().stream()
                        .map(profile -> new CommunityForCaller(profile.community().slug(), profile.community().name(),
                                profile.network().name()))
                        .toList());
    }

    /**
     * Records the view a caller gave, as the {@code operator} noted it, with the phone as its channel; answers the
     * reference to read out to the caller. It then waits for moderation, as every view does.
     */
    public Outcome<FeedbackReference> takeView(Actor operator, Call call) {
        return Outcome.attempt(() -> new EnteredView(new ShareAView(
                        call.community().map(ViewAbout::community).orElseGet(ViewAbout::programme), call.caller(),
                        new ViewText(call.words()), ContactDetails.none(), new Consent(false, call.agreedToPublish()),
                        Optional.empty()),
                        Channel.PHONE, call.on(), Optional.of("phone line")))
                .flatMap(entered -> views.enter(operator, entered));
    }

    /**
     * The views waiting for a partner's answer, soonest due first, that the {@code operator} may see: their own
     * organisation's, or every organisation's for a moderator, an engagement officer or an administrator.
     */
    public Outcome<List<AwaitingCall>> awaitingAnswer(Actor operator) {
        return answers.awaitingAnswer(operator, Optional.empty(), PAGE).map(PhoneLine::calls);
    }

    private static List<AwaitingCall> calls(AwaitingAnswer page) {
        return page.items().stream()
                .map(view -> new AwaitingCall(view.feedback().reference(), view.about(),
                        view.feedback().assignment().orElseThrow().dueOn(), page.isOverdue(view)))
                .toList();
    }
}
