package org.bettercaretogether.application.keyquestion;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.staff;

/** Engagement officers and administrators keep the key questions; anyone reads them in order. */
class ManageKeyQuestionsTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ManageKeyQuestions manage = world.app.manageKeyQuestions();
    private final ReadKeyQuestions read = world.app.readKeyQuestions();

    private static KeyQuestionDraft draft(String question) {
        return new KeyQuestionDraft(question, "The answer to " + question + "\n\nA second paragraph.");
    }

    private KeyQuestion add(String question) {
        return manage.add(world.officer, draft(question)).orElseThrow();
    }

    private List<String> questions() {
        return read.all().stream().map(KeyQuestion::question).toList();
    }

    @Test
    void questions_added_go_to_the_end_of_the_list_in_the_order_added_and_are_read_by_anyone_in_that_order() {
        add("What is Better Care Together?");
        add("Who are the partners?");
        KeyQuestion third = manage.add(world.admin, draft("How can I share my view?")).orElseThrow();

        assertThat(questions()).containsExactly("What is Better Care Together?", "Who are the partners?",
                "How can I share my view?");
        assertThat(read.all()).extracting(KeyQuestion::position).containsExactly(1, 2, 3);
        assertThat(third.version()).isEqualTo(1);
        assertThat(third.changedAt()).isEqualTo(CommunityLifeWorld.THURSDAY_1_OCTOBER_2026);
    }

    @Test
    void adding_is_audited_with_the_question_and_answer() {
        KeyQuestion added = add("What is an ICC?");

        assertThat(world.audited("key-question.added")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains(world.officer.id());
            assertThat(entry.recordType()).isEqualTo("key-question");
            assertThat(entry.recordId()).isEqualTo(added.id().toString());
            assertThat(entry.changes()).extracting(FieldChange::field).containsExactly("question", "answer", "position");
            assertThat(entry.changes().getFirst().after()).contains("What is an ICC?");
        });
    }

    @Test
    void a_draft_breaking_the_rules_cannot_be_made_so_no_use_case_ever_sees_one() {
        assertThatThrownBy(() -> new KeyQuestionDraft("  ", "An answer."))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("question"));
        assertThatThrownBy(() -> new KeyQuestionDraft("A question?", "A".repeat(4_001)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("answer"));
    }

    @Test
    void revising_rewords_the_question_in_place_and_is_audited_with_before_and_after() {
        add("What is Better Care Together?");
        KeyQuestion second = add("Who are the partners?");
        world.advance(Duration.ofDays(2));

        KeyQuestion revised = manage.revise(world.officer, second.id(), second.version(),
                new KeyQuestionDraft("Which organisations take part?", second.answer())).orElseThrow();

        assertThat(revised.position()).isEqualTo(2);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.changedAt()).isEqualTo(CommunityLifeWorld.THURSDAY_1_OCTOBER_2026.plus(Duration.ofDays(2)));
        assertThat(questions()).containsExactly("What is Better Care Together?", "Which organisations take part?");
        assertThat(world.audited("key-question.revised")).singleElement().satisfies(entry -> assertThat(
                entry.changes()).containsExactly(new FieldChange("question", Optional.of("Who are the partners?"),
                Optional.of("Which organisations take part?"))));
    }

    @Test
    void a_revision_quoting_a_version_someone_else_has_changed_since_is_refused_as_a_conflict_and_changes_nothing() {
        KeyQuestion read = add("Who are the partners?");
        manage.revise(world.admin, read.id(), read.version(), draft("Which organisations take part?")).orElseThrow();

        Outcome<KeyQuestion> stale = manage.revise(world.officer, read.id(), read.version(),
                draft("Who is involved?"));

        assertThat(rejection(stale)).isInstanceOf(Rejection.Conflict.class);
        assertThat(questions()).containsExactly("Which organisations take part?");
        assertThat(world.audited("key-question.revised")).hasSize(1);
    }

    @Test
    void moving_up_and_down_swaps_neighbours_and_keeps_positions_one_to_n() {
        add("First?");
        KeyQuestion second = add("Second?");
        KeyQuestion third = add("Third?");

        List<KeyQuestion> afterUp = manage.moveUp(world.officer, third.id(), third.version()).orElseThrow();

        assertThat(afterUp).extracting(KeyQuestion::question).containsExactly("First?", "Third?", "Second?");
        assertThat(afterUp).extracting(KeyQuestion::position).containsExactly(1, 2, 3);
        KeyQuestion first = afterUp.getFirst();
        world.advance(Duration.ofMinutes(1)); // so the audit log tells the two moves apart by time
        List<KeyQuestion> afterDown = manage.moveDown(world.officer, first.id(), first.version()).orElseThrow();
        assertThat(afterDown).extracting(KeyQuestion::question).containsExactly("Third?", "First?", "Second?");
        assertThat(questions()).containsExactly("Third?", "First?", "Second?");
        assertThat(world.audited("key-question.moved")).hasSize(2).first().satisfies(entry -> assertThat(
                entry.changes()).containsExactly(new FieldChange("position", Optional.of("1"), Optional.of("2"))));
        assertThat(second.position()).isEqualTo(2);
    }

    @Test
    void the_first_cannot_move_up_nor_the_last_down_and_nothing_changes() {
        KeyQuestion first = add("First?");
        KeyQuestion last = add("Last?");

        assertThat(rejection(manage.moveUp(world.officer, first.id(), first.version())))
                .isEqualTo(new Rejection.Conflict("The question is already first in the list."));
        assertThat(rejection(manage.moveDown(world.officer, last.id(), last.version())))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(questions()).containsExactly("First?", "Last?");
        assertThat(world.audited("key-question.moved")).isEmpty();
    }

    @Test
    void a_move_quoting_a_stale_version_is_refused_as_a_conflict() {
        add("First?");
        KeyQuestion second = add("Second?");
        manage.revise(world.officer, second.id(), second.version(), draft("Second, reworded?")).orElseThrow();

        assertThat(rejection(manage.moveUp(world.officer, second.id(), second.version())))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(questions()).containsExactly("First?", "Second, reworded?");
    }

    @Test
    void removing_a_question_closes_up_the_positions_after_it_and_is_audited() {
        add("First?");
        KeyQuestion second = add("Second?");
        add("Third?");
        add("Fourth?");

        List<KeyQuestion> left = manage.remove(world.officer, second.id(), second.version()).orElseThrow();

        assertThat(left).extracting(KeyQuestion::question).containsExactly("First?", "Third?", "Fourth?");
        assertThat(left).extracting(KeyQuestion::position).containsExactly(1, 2, 3);
        assertThat(world.app.keyQuestions().keyQuestions().find(second.id())).isEmpty();
        assertThat(world.audited("key-question.removed")).singleElement().satisfies(entry -> {
            assertThat(entry.recordId()).isEqualTo(second.id().toString());
            assertThat(entry.changes()).allSatisfy(change -> assertThat(change.after()).isEmpty());
        });
        assertThat(add("Fifth?").position()).isEqualTo(4);
    }

    @Test
    void removing_with_a_stale_version_is_refused_and_removes_nothing() {
        KeyQuestion read = add("Only?");
        manage.revise(world.officer, read.id(), read.version(), draft("Only, reworded?")).orElseThrow();

        assertThat(rejection(manage.remove(world.officer, read.id(), read.version())))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(questions()).containsExactly("Only, reworded?");
    }

    @Test
    void an_unknown_question_is_not_found_for_every_change() {
        KeyQuestionId unknown = KeyQuestionId.random();

        assertThat(rejection(manage.keyQuestion(world.officer, unknown))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.revise(world.officer, unknown, 1, draft("Q?"))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.moveUp(world.officer, unknown, 1))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.moveDown(world.officer, unknown, 1))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.remove(world.officer, unknown, 1)))
                .isEqualTo(new Rejection.NotFound("key question", unknown.toString()));
    }

    @Test
    void only_engagement_officers_and_administrators_may_keep_the_key_questions() {
        KeyQuestion kept = add("What is an ICC?");
        var responder = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.RESPONDER);

        for (var outsider : List.of(world.moderator, responder)) {
            assertThat(rejection(manage.add(outsider, draft("Mine?")))).isInstanceOf(Rejection.Forbidden.class);
            assertThat(rejection(manage.keyQuestion(outsider, kept.id()))).isInstanceOf(Rejection.Forbidden.class);
            assertThat(rejection(manage.revise(outsider, kept.id(), 1, draft("Mine?"))))
                    .isInstanceOf(Rejection.Forbidden.class);
            assertThat(rejection(manage.moveDown(outsider, kept.id(), 1))).isInstanceOf(Rejection.Forbidden.class);
            assertThat(rejection(manage.remove(outsider, kept.id(), 1))).isInstanceOf(Rejection.Forbidden.class);
        }
        assertThat(questions()).containsExactly("What is an ICC?");
        assertThat(manage.keyQuestion(world.admin, kept.id()).orElseThrow()).isEqualTo(kept);
    }
}
