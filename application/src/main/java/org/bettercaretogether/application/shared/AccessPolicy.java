package org.bettercaretogether.application.shared;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.staff.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may do what, in one place. Every staff use case asks here before it acts, so the rules are not spread
 * over handlers.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Refuses unless the actor holds one of {@code roles}. */
    public static Optional<Rejection> requireAny(Actor actor, Role... roles) {
        if (Arrays.stream(roles).anyMatch(actor::holds)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection.Forbidden("This needs the role of "
                + String.join(" or ", Arrays.stream(roles).map(Role::title).toList()).toLowerCase(Locale.UK) + "."));
    }

    /**
     * Runs {@code work} in one transaction if the actor holds one of {@code roles}. A rule the domain enforces by
     * throwing (an invalid value, a change the state does not allow) or a rejection thrown to undo what the work wrote
     * is answered as a rejection; the transaction has then written nothing.
     */
    public static <T> Outcome<T> inTransactionAs(Actor actor, Transactions transactions, Supplier<Outcome<T>> work,
                                                 Role... roles) {
        Optional<Rejection> refused = requireAny(actor, roles);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        try {
            return transactions.inTransaction(work);
        } catch (RejectedException refusal) {
            return Outcome.rejected(refusal.rejection());
        } catch (InvalidValueException broken) {
            return Outcome.rejected(Rejection.InvalidInput.of(broken));
        } catch (StateConflictException clash) {
            return Outcome.rejected(new Rejection.Conflict(clash.getMessage()));
        }
    }
}
