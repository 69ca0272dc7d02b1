package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.StaffMemberRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.exception.DataAccessException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_PASSWORD;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The staff accounts in the {@code staff_member} table, with their roles (a set) in {@code staff_member_role} and
 * their password's hash in {@code staff_password}, apart, so that no error quoting an account's row can show it.
 * Accounts are read in one query (the roles as a MULTISET); written in a transaction of their own, which becomes a
 * savepoint inside the caller's. The rows become accounts in {@link #member} and accounts become rows in
 * {@link #memberRow} and {@link #roleRows}, nowhere else.
 *
 * <p>A write the database refuses never carries PostgreSQL's own message, which would quote the email address or
 * the hash: a second account with an address already stored is an {@link IllegalStateException}, any other
 * refusal a {@link DataAccessException} naming only the constraint (see {@link DatabaseRefusal}).
 */
public final class JooqStaffMembers implements StaffMembers {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final String EMAIL_KEY = "staff_member_email_key";

    private static final Field<Set<Role>> ROLES = multiset(
            select(STAFF_MEMBER_ROLE.ROLE)
                    .from(STAFF_MEMBER_ROLE)
                    .where(STAFF_MEMBER_ROLE.STAFF_MEMBER_ID.eq(STAFF_MEMBER.ID)))
            .as("roles")
            .convertFrom(rows -> rows.stream().map(role -> Role.valueOf(role.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private final DSLContext dsl;

    public JooqStaffMembers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StaffMember> all() {
        return membersWhere(noCondition());
    }

    @Override
    public Optional<StaffMember> find(StaffMemberId id) {
        return membersWhere(STAFF_MEMBER.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
        return membersWhere(STAFF_MEMBER.EMAIL.eq(email.value())).stream().findFirst();
    }

    @Override
    public StaffMember add(StaffMember member, PasswordHash password) {
        Objects.requireNonNull(password, "password is required");
        StaffMember stored = member.withVersion(1);
        return refusedWithoutValues("storing a staff account", () -> dsl.transactionResult(() -> {
            dsl.insertInto(STAFF_MEMBER).set(memberRow(stored)).execute();
            insertRoles(stored);
            dsl.insertInto(STAFF_PASSWORD)
                    .set(STAFF_PASSWORD.STAFF_MEMBER_ID, stored.id().value())
                    .set(STAFF_PASSWORD.ENCODED, password.encoded())
                    .execute();
            return stored;
        }));
    }

    @Override
    public Optional<StaffMember> update(StaffMember member) {
        StaffMember stored = member.withVersion(member.version() + 1);
        UUID id = member.id().value();
        return refusedWithoutValues("updating a staff account", () -> dsl.transactionResult(() -> {
            int updated = dsl.update(STAFF_MEMBER).set(memberRow(stored))
                    .where(STAFF_MEMBER.ID.eq(id).and(STAFF_MEMBER.VERSION.eq(member.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<StaffMember>empty();
            }
            dsl.deleteFrom(STAFF_MEMBER_ROLE).where(STAFF_MEMBER_ROLE.STAFF_MEMBER_ID.eq(id)).execute();
            insertRoles(stored);
            return Optional.of(stored);
        }));
    }

    @Override
    public Optional<PasswordHash> password(StaffMemberId id) {
        return dsl.select(STAFF_PASSWORD.ENCODED)
                .from(STAFF_PASSWORD)
                .where(STAFF_PASSWORD.STAFF_MEMBER_ID.eq(id.value()))
                .fetchOptional(row -> new PasswordHash(row.value1()));
    }

    /** @throws IllegalStateException when no account has the id */
    @Override
    public void changePassword(StaffMemberId id, PasswordHash password) {
        Objects.requireNonNull(password, "password is required");
        int changed = refusedWithoutValues("changing a staff password", () -> dsl.update(STAFF_PASSWORD)
                .set(STAFF_PASSWORD.ENCODED, password.encoded())
                .where(STAFF_PASSWORD.STAFF_MEMBER_ID.eq(id.value()))
                .execute());
        if (changed == 0) {
            throw new IllegalStateException("no staff account " + id + " to change the password of");
        }
    }

    private List<StaffMember> membersWhere(Condition condition) {
        return dsl.select(STAFF_MEMBER.ID, STAFF_MEMBER.EMAIL, STAFF_MEMBER.NAME, STAFF_MEMBER.PARTNER_ID, ROLES,
                        STAFF_MEMBER.ACTIVE, STAFF_MEMBER.MUST_CHANGE_PASSWORD, STAFF_MEMBER.VERSION)
                .from(STAFF_MEMBER)
                .where(condition)
                .orderBy(STAFF_MEMBER.NAME.collate(BY_CODE_POINT), STAFF_MEMBER.ID)
                .fetch(Records.mapping(JooqStaffMembers::member));
    }

    private void insertRoles(StaffMember member) {
        List<Row2<UUID, String>> roles = roleRows(member);
        if (!roles.isEmpty()) {
            dsl.insertInto(STAFF_MEMBER_ROLE, STAFF_MEMBER_ROLE.STAFF_MEMBER_ID, STAFF_MEMBER_ROLE.ROLE)
                    .valuesOfRows(roles)
                    .execute();
        }
    }

    private static <T> T refusedWithoutValues(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException refused) {
            DatabaseRefusal refusal = DatabaseRefusal.of(refused);
            if (refusal.brokeUnique(EMAIL_KEY)) {
                throw new IllegalStateException("a staff account with that email address is already stored");
            }
            throw refusal.withoutValues(what);
        }
    }

    // Rows to accounts ------------------------------------------------------------------------------------------

    private static StaffMember member(UUID id, String email, String name, UUID partner, Set<Role> roles,
                                      Boolean active, Boolean mustChangePassword, Long version) {
        return new StaffMember(new StaffMemberId(id), new EmailAddress(email), name, new PartnerId(partner), roles,
                active, mustChangePassword, version);
    }

    // Accounts to rows ------------------------------------------------------------------------------------------

    private StaffMemberRecord memberRow(StaffMember member) {
        StaffMemberRecord row = dsl.newRecord(STAFF_MEMBER);
        row.setId(member.id().value());
        row.setEmail(member.email().value());
        row.setName(member.name());
        row.setPartnerId(member.partner().value());
        row.setActive(member.active());
        row.setMustChangePassword(member.mustChangePassword());
        row.setVersion(member.version());
        return row;
    }

    private static List<Row2<UUID, String>> roleRows(StaffMember member) {
        return member.rolesInOrder().stream()
                .map(role -> row(member.id().value(), role.name()))
                .toList();
    }
}
