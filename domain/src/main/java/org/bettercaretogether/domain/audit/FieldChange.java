package org.bettercaretogether.domain.audit;

import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/** One field a staff action changed: its value before and after (absent where there was, or is, none). */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    public FieldChange {
        field = Require.text(field, "field", 100);
        Require.present(before, "before");
        Require.present(after, "after");
    }
}
