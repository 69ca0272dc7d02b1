package org.bettercaretogether.persistence.keyquestion;

import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first key questions come with the schema, once; what staff then do to them stays done. */
@ExtendWith(EmbeddedPostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeededKeyQuestionsTest {

    private static DataSource database;
    private static KeyQuestions keyQuestions;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        database = dataSource;
        SchemaMigrations.migrate(dataSource);
        keyQuestions = new PostgresAdapters(dataSource).port(KeyQuestions.class);
    }

    @Test
    void the_migrations_load_eight_key_questions_in_order_at_version_1_each_one_the_domain_accepts() {
        List<KeyQuestion> seeded = keyQuestions.all();

        assertThat(seeded).extracting(KeyQuestion::question).containsExactly(
                "What is Better Care Together?",
                "Which organisations are involved?",
                "What is an Integrated Care Community?",
                "What is the service review looking at?",
                "How can I share my view, and what happens to it?",
                "How can I come to a public meeting?",
                "How is my personal information used?",
                "How do I get in touch?");
        assertThat(seeded).extracting(KeyQuestion::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(seeded).allSatisfy(question -> {
            assertThat(question.version()).isEqualTo(1);
            assertThat(question.paragraphs()).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void the_seeded_answers_carry_the_programmes_facts_and_point_to_the_pages_that_say_more() {
        String all = String.join("\n", keyQuestions.all().stream().map(KeyQuestion::answer).toList());

        assertThat(all).contains("365,000", "twelve ICCs", "three clinical networks", "Ten organisations",
                "Women's and Children's Services", "Elective Care", "Out of Hospital care", "moderator",
                "private link", "/share-your-view", "/you-said-we-did", "/meetings", "/privacy", "/contact");
        assertThat(keyQuestions.all().get(1).answer()).contains("South Cumbria Primary Care Collaborative",
                "University Hospitals of Morecambe Bay NHS Foundation Trust");
    }

    @Test
    @Order(Integer.MAX_VALUE) // it changes the seeded questions the others read
    void migrating_again_puts_back_nothing_staff_removed_or_reworded() {
        List<KeyQuestion> seeded = keyQuestions.all();
        KeyQuestion reworded = keyQuestions.update(seeded.get(7).revise("How can I contact the programme?",
                seeded.get(7).answer(), seeded.get(7).changedAt())).orElseThrow();
        assertThat(keyQuestions.remove(seeded.get(6))).isTrue();

        SchemaMigrations.migrate(database);

        assertThat(keyQuestions.all()).hasSize(7).contains(reworded)
                .extracting(KeyQuestion::question).doesNotContain("How is my personal information used?");
    }
}
