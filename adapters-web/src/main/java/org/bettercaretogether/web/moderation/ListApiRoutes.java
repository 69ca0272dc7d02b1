package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.bettercaretogether.application.feedback.AwaitingAnswer;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.QueuePage;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * The staff lists of views in the staff API, as on their pages ({@link ListRoutes}):
 * <ul>
 *   <li>{@code GET /api/v1/staff/feedback[?cursor=...&limit=...]}: the moderation queue, oldest first, a page at a
 *       time (moderators and administrators);</li>
 *   <li>{@code GET /api/v1/staff/feedback/awaiting-answer[?cursor=...&limit=...]}: the views assigned for an answer,
 *       soonest due (so overdue) first, with how many wait and how many are overdue (a responder sees their own
 *       organisation's);</li>
 *   <li>{@code GET /api/v1/staff/feedback/safeguarding}: the safeguarding concerns not closed (administrators).</li>
 * </ul>
 * The use cases decide who may, and refuse a cursor they did not give or a limit out of range (422).
 */
record ListApiRoutes(ModerateFeedback moderate, RespondToFeedback respond, ManageThemes themes,
                     Clock clock) implements Routes {

    static final int DEFAULT_LIMIT = 50;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ModerationAddresses.API, this::queue);
        routes.get(ModerationAddresses.API_AWAITING_ANSWER, this::awaiting);
        routes.get(ModerationAddresses.API_SAFEGUARDING, this::safeguarding);
    }

    private void queue(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        QueuePage page = moderate.queue(StaffAccess.actor(ctx), Paging.cursor(ctx), limit).orElseThrow();
        ctx.json(new QueueJson(json(page.items()), page.waiting(), page.next().orElse(null)));
    }

    private void awaiting(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        AwaitingAnswer page = respond.awaitingAnswer(StaffAccess.actor(ctx), Paging.cursor(ctx), limit).orElseThrow();
        ctx.json(new AwaitingAnswerJson(json(page.items()), page.waiting(), page.overdue(), page.next().orElse(null)));
    }

    private void safeguarding(Context ctx) {
        ctx.json(Items.of(json(moderate.safeguardingConcerns(StaffAccess.actor(ctx)).orElseThrow())));
    }

    private List<StaffFeedbackJson> json(List<FeedbackForStaff> views) {
        var names = themes.themes().stream().collect(Collectors.toMap(theme -> theme.id(), theme -> theme.name()));
        LocalDate today = StaffDates.today(clock);
        return views.stream().map(view -> StaffFeedbackJson.of(view, names, today)).toList();
    }
}
