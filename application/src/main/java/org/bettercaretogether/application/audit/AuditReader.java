package org.bettercaretogether.application.audit;

import jakarta.inject.Inject;
import org.bettercaretogether.application.security.AccessPolicy;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.staff.Role;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pages through the audit log for administrators; the cursor is the position of a page's last entry. */
public final class AuditReader implements ReadAuditLog {

    private final AuditLog log;

    @Inject
    public AuditReader(AuditLog log) {
        this.log = log;
    }

    @Override
    public Outcome<AuditPage> read(Actor actor, Optional<String> cursor, int pageSize) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        if (pageSize < 1 || pageSize > MAXIMUM_PAGE_SIZE) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + MAXIMUM_PAGE_SIZE));
        }
        Optional<AuditLog.Position> before;
        try {
            before = cursor.filter(text -> !text.isBlank()).map(AuditReader::position);
        } catch (IllegalArgumentException malformed) {
            return Outcome.rejected(Rejection.InvalidInput.of("cursor", "is not a cursor this service gave"));
        }
        List<AuditEntry> entries = log.newestFirst(before, pageSize + 1);
        boolean more = entries.size() > pageSize;
        List<AuditEntry> page = more ? entries.subList(0, pageSize) : entries;
        return Outcome.done(new AuditPage(page, more ? Optional.of(cursor(page.getLast())) : Optional.empty()));
    }

    private static String cursor(AuditEntry last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.at() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static AuditLog.Position position(String cursor) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int bar = decoded.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("no separator");
        }
        try {
            return new AuditLog.Position(Instant.parse(decoded.substring(0, bar)), UUID.fromString(decoded.substring(bar + 1)));
        } catch (java.time.format.DateTimeParseException badTime) {
            throw new IllegalArgumentException(badTime);
        }
    }
}
