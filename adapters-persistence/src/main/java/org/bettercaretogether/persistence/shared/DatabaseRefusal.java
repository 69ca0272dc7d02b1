package org.bettercaretogether.persistence.shared;

import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL said when it refused a write, without the values it quoted.
 *
 * <p>PostgreSQL's error details repeat the values involved: "Key (email)=(...) already exists", "Failing row
 * contains (...)". For the tables holding personal data or credentials (email addresses, password hashes, token
 * hashes) such a message must not reach a log, so the repositories of those tables rethrow a refusal as this
 * class describes it: the SQLSTATE and the constraint's name, and no cause that would carry the original message.
 * For this adapter's repositories; the composition root has no use for it.
 */
public final class DatabaseRefusal {

    /** PostgreSQL names the constraint in the first line of its message, such as {@code ... constraint "x_key"}. */
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([A-Za-z0-9_]+)\"");

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataAccessException refusal;

    private DatabaseRefusal(DataAccessException refusal) {
        this.refusal = refusal;
    }

    /** The refusal to describe. */
    public static DatabaseRefusal of(DataAccessException refusal) {
        return new DatabaseRefusal(Objects.requireNonNull(refusal, "refusal is required"));
    }

    /** The five-character SQLSTATE, such as {@code 23505} for a unique violation. */
    private String sqlState() {
        return refusal.sqlState();
    }

    /** The constraint the write broke, when PostgreSQL named one. */
    private Optional<String> constraint() {
        SQLException cause = refusal.getCause(SQLException.class);
        String message = cause != null ? cause.getMessage() : refusal.getMessage();
        if (message == null) {
            return Optional.empty();
        }
        String firstLine = message.lines().findFirst().orElse("");
        Matcher named = CONSTRAINT.matcher(firstLine);
        return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }

    /** Whether the write broke the unique constraint {@code constraint}. */
    public boolean brokeUnique(String constraint) {
        return UNIQUE_VIOLATION.equals(sqlState()) && constraint().filter(constraint::equals).isPresent();
    }

    /**
     * The exception to throw instead: for a refusal of the data (SQLSTATE class 22, data exception, or 23,
     * integrity constraint violation, whose messages quote values), one saying that {@code what} was refused, with
     * the SQLSTATE and constraint only, and neither the original message nor the original exception as its cause;
     * for any other failure (a lost connection, a timeout), which quotes no values, the original exception.
     */
    public DataAccessException withoutValues(String what) {
        String state = sqlState();
        if (!state.startsWith("22") && !state.startsWith("23")) {
            return refusal;
        }
        return new DataAccessException(what + " was refused by the database (SQLSTATE " + state
                + constraint().map(name -> ", constraint " + name).orElse("") + ")");
    }
}
