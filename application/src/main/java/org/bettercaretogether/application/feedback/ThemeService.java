package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.staff.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Keeps the managed list of themes. */
public final class ThemeService implements ManageThemes {

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY);

    private final Transactions transactions;
    private final Themes themes;
    private final VersionedChange<Theme> versioned;
    private final AuditTrail audit;
    private final ReadCache cache;

    @Inject
    public ThemeService(Transactions transactions, Themes themes, AuditTrail audit, ReadCache cache) {
        this.cache = cache;
        this.transactions = transactions;
        this.themes = themes;
        this.versioned = VersionedChange.of("theme", Theme::version, themes::update)
                .storedMeanwhileSays("The theme was changed by someone else meanwhile.");
        this.audit = audit;
    }

    @Override
    public List<Theme> themes() {
        return cache.get(List.of("themes"), READ_FROM, () -> transactions.inTransaction(themes::all));
    }

    @Override
    public Outcome<Theme> add(Actor actor, String name) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return Outcome.attempt(() -> new Theme(ThemeId.random(), name, true, 0))
                .flatMap(theme -> transactions.inTransaction(() -> themes.add(theme).map(added -> {
                    audit.recordAdded(actor.id(), "theme.added", "theme", added.id(), "name", added.name());
                    return Outcome.done(added);
                }).orElseGet(() -> Outcome.rejected(Rejection.InvalidInput.of("name", "is already a theme")))));
    }

    @Override
    public Outcome<Theme> setInUse(Actor actor, ThemeId id, long version, boolean inUse) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return transactions.inTransaction(() -> versioned.current(themes.find(id), id, version)
                .flatMap(was -> versioned.store(was, new Theme(was.id(), was.name(), inUse, was.version())))
                .map(changed -> {
                    audit.record(Optional.of(actor.id()), "theme.revised", "theme", id.toString(), List.of(
                            new FieldChange("inUse", Optional.of(String.valueOf(changed.was().inUse())),
                                    Optional.of(String.valueOf(inUse)))));
                    return changed.is();
                }));
    }
}
