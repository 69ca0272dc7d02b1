package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.feedback.AwaitingAnswer;
import org.bettercaretogether.application.feedback.FeedbackForStaff;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.QueuePage;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * The staff lists of views, as pages (in the staff API: {@link ListApiRoutes}):
 * <ul>
 *   <li>{@code GET /staff/feedback[?cursor=...]}: the moderation queue, oldest first, a page at a time (moderators
 *       and administrators);</li>
 *   <li>{@code GET /staff/feedback/awaiting-answer[?cursor=...]}: the views assigned for an answer, soonest due (so
 *       overdue) first, a page at a time, with how many wait and how many are overdue (a responder sees their own
 *       organisation's);</li>
 *   <li>{@code GET /staff/feedback/safeguarding}: the safeguarding concerns not closed (administrators).</li>
 * </ul>
 * The use cases decide who may, and refuse a cursor they did not give (422).
 */
record ListRoutes(ModerateFeedback moderate, RespondToFeedback respond) implements Routes {

    static final int PAGE_SIZE = 25;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ModerationAddresses.QUEUE, this::queuePage);
        routes.get(ModerationAddresses.AWAITING_ANSWER, this::awaitingPage);
        routes.get(ModerationAddresses.SAFEGUARDING, this::safeguardingPage);
    }

    private void queuePage(Context ctx) {
        Optional<String> cursor = Paging.cursor(ctx);
        QueuePage page = moderate.queue(StaffAccess.actor(ctx), cursor, PAGE_SIZE).orElseThrow();
        ctx.render("moderation/queue.jte", Map.of("queue", new ListPages.Queue(
                page.items().stream().map(ListPages.QueueRow::of).toList(), page.waiting(),
                Paging.next(ModerationAddresses.QUEUE, page.next()), Paging.first(ModerationAddresses.QUEUE, cursor),
                notice(ctx))));
    }

    private void awaitingPage(Context ctx) {
        Optional<String> cursor = Paging.cursor(ctx);
        AwaitingAnswer page = respond.awaitingAnswer(StaffAccess.actor(ctx), cursor, PAGE_SIZE).orElseThrow();
        ctx.render("moderation/awaiting-answer.jte", Map.of("awaiting", new ListPages.AwaitingAnswer(
                page.items().stream().map(view -> ListPages.AwaitingRow.of(view, page.isOverdue(view), page.today()))
                        .toList(), page.waiting(), page.overdue(),
                Paging.next(ModerationAddresses.AWAITING_ANSWER, page.next()),
                Paging.first(ModerationAddresses.AWAITING_ANSWER, cursor))));
    }

    private void safeguardingPage(Context ctx) {
        List<FeedbackForStaff> concerns = moderate.safeguardingConcerns(StaffAccess.actor(ctx)).orElseThrow();
        ctx.render("moderation/safeguarding.jte", Map.of("concerns", new ListPages.Safeguarding(
                concerns.stream().map(ListPages.SafeguardingRow::of).toList())));
    }

    private static String notice(Context ctx) {
        String entered = EntryNotices.entered(ctx);
        return entered != null ? entered : EntryNotices.imported(ctx);
    }
}
