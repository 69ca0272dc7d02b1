package org.bettercaretogether.persistence;

import org.jooq.exception.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that the schema's own check constraints refuse a write, whoever makes it. */
final class CheckViolations {

    private static final String CHECK_VIOLATION = "23514";

    private CheckViolations() {
    }

    static void assertRefusedBy(String constraint, Runnable write) {
        DataAccessException refusal = catchThrowableOfType(DataAccessException.class, write::run);

        assertThat(refusal).as("the write was expected to be refused by " + constraint).isNotNull();
        assertThat(refusal.sqlState()).isEqualTo(CHECK_VIOLATION);
        assertThat(refusal.getMessage()).contains("\"" + constraint + "\"");
    }
}
