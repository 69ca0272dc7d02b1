package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.ReferenceTakenException;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.SubmissionReplays.Replay;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feedback loop's ports: {@link FeedbackLog} (a view read back by id, reference and tracking hash, updated against
 * its version, listed while awaiting moderation), {@link Themes}, {@link SubmissionReplays} (an answer recorded once per
 * key), {@link ViewsInBulk} and {@link SearchIndex} (a view is found once published, never before).
 */
public abstract class FeedbackContract extends PortContract {

    @Test
    void a_view_is_read_back_by_its_id_its_reference_and_its_tracking_hash_and_awaits_moderation() {
        FeedbackLog log = port(FeedbackLog.class);
        Feedback view = received("The bus to the hospital stops too early in the evening.");

        Feedback stored = transactions().inTransaction(() -> log.add(view));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(log.find(view.id())).contains(stored);
        assertThat(log.findByReference(view.reference())).contains(stored);
        assertThat(log.findByTrackingHash(view.trackingTokenHash())).contains(stored);
        assertThat(log.awaitingModeration(Optional.empty(), 10)).extracting(Feedback::id).containsExactly(view.id());
        assertThat(log.countAwaitingModeration()).isEqualTo(1);
    }

    @Test
    void a_new_view_whose_reference_is_another_s_is_refused_as_such_and_nothing_of_its_batch_is_stored() {
        FeedbackLog log = port(FeedbackLog.class);
        Feedback first = transactions().inTransaction(() -> log.add(received("The first view with this reference.")));
        Feedback other = received("Another view, stored with it.");
        Feedback sameReference = received("A second view that drew the same reference.", first.reference());

        assertThatThrownBy(() -> transactions().inTransaction(() -> log.addAll(List.of(other, sameReference))))
                .isInstanceOf(ReferenceTakenException.class);

        assertThat(log.find(other.id())).isEmpty();
        assertThat(log.find(sameReference.id())).isEmpty();
        assertThat(log.findByReference(first.reference())).map(Feedback::id).contains(first.id());
    }

    @Test
    void a_view_is_updated_against_the_version_read_and_a_stale_update_is_refused() {
        FeedbackLog log = port(FeedbackLog.class);
        Feedback stored = transactions().inTransaction(() -> log.add(received("More clinics on Saturdays, please.")));
        Feedback published = stored.publish(new PublicText("More clinics on Saturdays, please."), at(10),
                moderator());

        Feedback updated = transactions().inTransaction(() -> log.update(published)).orElseThrow();
        boolean staleStored = transactions().inTransaction(() -> log.update(published)).isPresent();

        assertThat(updated.version()).isEqualTo(2);
        assertThat(staleStored).isFalse();
        assertThat(log.awaitingModeration(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void a_theme_is_added_once_by_name_and_updated_against_its_version() {
        Themes themes = port(Themes.class);
        Theme transport = new Theme(ThemeId.random(), "Transport", true, 0);

        Theme added = transactions().inTransaction(() -> themes.add(transport)).orElseThrow();
        boolean sameNameAdded = transactions().inTransaction(() ->
                themes.add(new Theme(ThemeId.random(), "Transport", true, 0))).isPresent();
        Theme renamed = transactions().inTransaction(() ->
                themes.update(new Theme(added.id(), "Travel", true, added.version()))).orElseThrow();

        assertThat(sameNameAdded).as("a second theme of the same name").isFalse();
        assertThat(themes.find(added.id())).contains(renamed);
        assertThat(themes.all()).extracting(Theme::name).contains("Travel").doesNotContain("Transport");
    }

    @Test
    void an_answer_for_retries_is_recorded_once_per_key_and_forgotten_once_old() {
        SubmissionReplays replays = port(SubmissionReplays.class);
        Replay first = replay("key-1", "BCT-7KQ3-M9XD");
        Replay second = replay("key-1", "BCT-AAAA-BBBB");

        assertThat(replays.record(first)).isTrue();
        assertThat(replays.record(second)).isFalse();
        assertThat(replays.find(first.keyHash())).contains(first);
        assertThat(replays.forgetBefore(at(1))).isEqualTo(1);
        assertThat(replays.find(first.keyHash())).isEmpty();
    }

    @Test
    void views_written_in_bulk_are_counted_and_read_back() {
        ViewsInBulk bulk = port(ViewsInBulk.class);
        Feedback first = received("A first view written in bulk.");
        Feedback second = received("A second view written in bulk.");

        transactions().inTransaction(() -> {
            bulk.write(List.of(new BulkView(first, List.of()), new BulkView(second, List.of())).iterator(), 2,
                    written -> { });
            return null;
        });
        bulk.afterBulkLoad();

        assertThat(bulk.count()).isEqualTo(2);
        assertThat(port(FeedbackLog.class).find(second.id())).isPresent();
    }

    @Test
    void a_view_is_found_by_its_words_once_published_and_not_before() {
        FeedbackLog log = port(FeedbackLog.class);
        SearchIndex search = port(SearchIndex.class);
        var moderator = moderator();
        Feedback stored = transactions().inTransaction(() ->
                log.add(received("The minor injuries unit in Ulverston should open at weekends.")));
        SearchIndex.Criteria ulverston = new SearchIndex.Criteria("Ulverston", Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(search.find(ulverston, Optional.empty(), 10)).isEmpty();

        transactions().inTransaction(() -> log.update(stored.publish(
                new PublicText("The minor injuries unit in Ulverston should open at weekends."), at(10), moderator)));

        assertThat(search.find(ulverston, Optional.empty(), 10)).singleElement().satisfies(found -> {
            assertThat(found.hit().kind()).isEqualTo(SearchKind.VIEW);
            assertThat(found.hit().id()).isEqualTo(stored.id().value());
            assertThat(found.hit().text().text()).contains("Ulverston");
        });
        SearchIndex.Criteria elsewhere = new SearchIndex.Criteria("Grange", Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(search.find(elsewhere, Optional.empty(), 10)).isEmpty();
    }

    private static Feedback received(String words) {
        return received(words, FeedbackReference.random());
    }

    private static Feedback received(String words, FeedbackReference reference) {
        return Feedback.receive(FeedbackId.random(), reference, new Subject.AboutProgramme(),
                ContributorRole.PATIENT, Origin.online(LocalDate.ofInstant(MONDAY, ZoneOffset.UTC)), new ViewText(words),
                ContactDetails.none(), new Consent(false, true), Optional.empty(), Secrets.sha256(words), MONDAY);
    }

    private static Replay replay(String key, String reference) {
        return new Replay(Secrets.sha256(key), Secrets.sha256("request for " + reference), reference,
                "sealed-" + reference, MONDAY);
    }
}
