package org.bettercaretogether.application.security;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.shared.Require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and revokes a member of staff's own API tokens; only a hash of each token is stored. Tokens are issued to a
 * signed-in session only (the staff pages), never to a caller holding a token: a stolen token cannot make more.
 */
public final class ApiTokenService implements ManageApiTokens {

    private final Transactions transactions;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final SecurityEvents events;
    private final SecuritySettings settings;
    private final Clock clock;

    @Inject
    public ApiTokenService(Transactions transactions, ApiTokens tokens, AuditTrail audit, SecurityEvents events,
                           SecuritySettings settings, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<IssuedToken> issue(Actor actor, String label, Optional<Duration> lifetime) {
        return issue(actor.id(), label, lifetime);
    }

    private Outcome<IssuedToken> issue(StaffMemberId owner, String label, Optional<Duration> lifetime) {
        String name;
        try {
            name = Require.text(label, "label", 100);
        } catch (InvalidValueException invalid) {
            return Outcome.rejected(Rejection.InvalidInput.of(invalid));
        }
        Duration lasting = lifetime.orElse(settings.tokenLifetime());
        if (lasting.isNegative() || lasting.isZero() || lasting.compareTo(settings.maximumTokenLifetime()) > 0) {
            return Outcome.rejected(Rejection.InvalidInput.of("lifetime",
                    "must be from 1 to " + settings.maximumTokenLifetime().toDays() + " days"));
        }
        Instant now = clock.instant();
        String token = Secrets.token("bct_");
        Instant expires = now.plus(lasting);
        ApiToken details = new ApiToken(UUID.randomUUID(), owner, name, Secrets.sha256(token), now,
                expires, Optional.empty());
        transactions.inTransaction(() -> {
            tokens.add(details);
            audit.record(Optional.of(owner), "api-token.created", "api-token", details.id().toString(), List.of());
            return null;
        });
        events.record("API token created", Optional.of(owner));
        return Outcome.done(new IssuedToken(token, details));
    }

    @Override
    public List<ApiToken> mine(Actor actor) {
        return tokens.ownedBy(actor.id());
    }

    @Override
    public Outcome<ApiToken> revoke(Actor actor, UUID tokenId) {
        return transactions.inTransaction(() -> {
            Optional<ApiToken> found = tokens.find(tokenId).filter(token -> token.owner().equals(actor.id()));
            if (found.isEmpty()) {
                return Outcome.<ApiToken>notFound("API token", tokenId);
            }
            Instant now = clock.instant();
            if (tokens.revoke(tokenId, now)) {
                audit.record(Optional.of(actor.id()), "api-token.revoked", "api-token", tokenId.toString(), List.of());
                events.record("API token revoked", Optional.of(actor.id()));
            }
            return Outcome.done(tokens.find(tokenId).orElseThrow());
        });
    }
}
