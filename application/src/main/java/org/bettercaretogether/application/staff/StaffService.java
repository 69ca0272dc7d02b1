package org.bettercaretogether.application.staff;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates and administers staff accounts. Every change is audited; a person's name and email address are
 * recorded only as "changed", never by value.
 */
public final class StaffService implements ManageStaff, CreateAdministrator {

    static final int ONE_TIME_PASSWORD_LENGTH = 16;
    private static final String NOT_RECORDED = "(personal data, not recorded)";

    private final Transactions transactions;
    private final StaffMembers staff;
    private final VersionedChange<StaffMember> accounts;
    private final Partners partners;
    private final StaffSessions sessions;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;
    private final Clock clock;

    @Inject
    public StaffService(Transactions transactions, StaffMembers staff, Partners partners, StaffSessions sessions,
                        PasswordHasher hasher, AuditTrail audit, ApiTokens tokens, SecondFactors secondFactors,
                        Clock clock) {
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.transactions = transactions;
        this.staff = staff;
        this.accounts = VersionedChange.of("staff member", StaffMember::version, staff::update)
                .storedMeanwhileSays("The account was changed by someone else since it was read; "
                        + "read it again and redo the change.");
        this.partners = partners;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
    }

    @Override
    public Outcome<List<StaffMember>> list(Actor actor) {
        return asAdmin(actor, () -> Outcome.done(staff.all()));
    }

    @Override
    public Outcome<StaffMember> find(Actor actor, StaffMemberId id) {
        return asAdmin(actor, () -> Outcome.found(staff.find(id), "staff member", id));
    }

    @Override
    public Outcome<AccountWithPassword> create(Actor actor, NewStaffMember member) {
        return asAdmin(actor, () -> add(Optional.of(actor.id()), member, "staff.created"));
    }

    @Override
    public Outcome<AccountWithPassword> create(EmailAddress email, String name, PartnerId partner) {
        return add(Optional.empty(), new NewStaffMember(email, name, partner, Set.of(Role.ADMIN)),
                "staff.created-from-command-line");
    }

    @Override
    public Outcome<StaffMember> revise(Actor actor, StaffMember revised) {
        return asAdmin(actor, () -> transactions.inTransaction(() -> accounts.found(staff.find(revised.id()), revised.id())
                .flatMap(was -> {
                    if (partners.find(revised.partner()).isEmpty()) {
                        return Outcome.rejected(Rejection.InvalidInput.of("partner", "must be one of the partners"));
                    }
                    if (revised.id().equals(actor.id()) && (!revised.active() || !revised.holds(Role.ADMIN))) {
                        return Outcome.rejected(new Rejection.Conflict(
                                "You cannot remove your own administrator role or switch off your own account."));
                    }
                    StaffMember kept = new StaffMember(revised.id(), was.email(), revised.name(), revised.partner(),
                            revised.roles(), revised.active(), was.mustChangePassword(), revised.version());
                    return accounts.store(was, kept).map(changed -> {
                        List<FieldChange> changes = new ArrayList<>(AuditTrail.changes(described(was), described(kept)));
                        if (!kept.active() || !kept.roles().equals(was.roles())) {
                            // A session holds the roles it started with; and new roles may need a second factor.
                            sessions.removeAllOf(kept.id());
                        }
                        if (!kept.active() || !kept.roles().containsAll(was.roles())) {
                            // A token made by a role no longer held, or by an account switched off, is not left working.
                            int revoked = tokens.revokeAllOf(kept.id(), clock.instant());
                            if (revoked > 0) {
                                changes.addAll(ApiTokens.revokedCount(revoked));
                            }
                        }
                        if (!was.name().equals(kept.name())) {
                            changes.addFirst(new FieldChange("name", Optional.of(NOT_RECORDED),
                                    Optional.of(NOT_RECORDED)));
                        }
                        audit.record(Optional.of(actor.id()), "staff.revised", "staff", kept.id().toString(), changes);
                        return changed.is();
                    });
                })));
    }

    @Override
    public Outcome<AccountWithPassword> resetPassword(Actor actor, StaffMemberId id) {
        return asAdmin(actor, () -> transactions.inTransaction(() -> {
            Optional<StaffMember> current = staff.find(id);
            if (current.isEmpty()) {
                return Outcome.<AccountWithPassword>notFound("staff member", id);
            }
            String password = Secrets.readablePassword(ONE_TIME_PASSWORD_LENGTH);
            staff.changePassword(id, hasher.hash(password));
            StaffMember updated = staff.update(current.get().withPasswordToChange(true)).orElseThrow();
            // A reset is how an administrator takes an account back: every way in made with the old password goes,
            // and so does the second factor, which the person sets up again at their next sign-in (a lost phone).
            sessions.removeAllOf(id);
            secondFactors.remove(id);
            int revoked = tokens.revokeAllOf(id, clock.instant());
            audit.record(Optional.of(actor.id()), "staff.password-reset", "staff", id.toString(),
                    revoked == 0 ? List.of() : ApiTokens.revokedCount(revoked));
            return Outcome.done(new AccountWithPassword(updated, password));
        }));
    }

    private Outcome<AccountWithPassword> add(Optional<StaffMemberId> actor, NewStaffMember member, String action) {
        String password = Secrets.readablePassword(ONE_TIME_PASSWORD_LENGTH);
        var hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (partners.find(member.partner()).isEmpty()) {
                return Outcome.<AccountWithPassword>rejected(
                        Rejection.InvalidInput.of("partner", "must be one of the partners"));
            }
            if (staff.findByEmail(member.email()).isPresent()) {
                return Outcome.<AccountWithPassword>rejected(
                        new Rejection.Conflict("A staff account with that email address already exists."));
            }
            StaffMember stored = staff.add(new StaffMember(StaffMemberId.random(), member.email(), member.name(),
                    member.partner(), member.roles(), true, true, 0), hash);
            audit.record(actor, action, "staff", stored.id().toString(),
                    AuditTrail.changes(Map.of(), described(stored)));
            return Outcome.done(new AccountWithPassword(stored, password));
        });
    }

    private <T> Outcome<T> asAdmin(Actor actor, Supplier<Outcome<T>> work) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        return refused.isPresent() ? Outcome.rejected(refused.get()) : work.get();
    }

    /** The account's audited fields. Name and email address are personal data and are left out. */
    private static Map<String, String> described(StaffMember member) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partner", member.partner().toString());
        fields.put("roles", member.rolesInOrder().toString());
        fields.put("active", Boolean.toString(member.active()));
        return fields;
    }
}
