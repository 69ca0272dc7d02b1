package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/** One question of a consultation's survey: its wording, optional help text, whether it must be answered, and its kind. */
public record Question(QuestionId id, String text, Optional<String> help, boolean required, QuestionKind kind) {

    public Question {
        Require.present(id, "question");
        text = Require.text(text, "text", 500);
        help = Require.present(help, "help").map(h -> Require.text(h, "help", 1_000));
        Require.present(kind, "kind");
    }
}
