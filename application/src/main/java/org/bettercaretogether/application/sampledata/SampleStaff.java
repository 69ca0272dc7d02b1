package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.security.TimeBasedCodes;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The sample's staff: an administrator, moderators and engagement officers, and a responder for every partner that
 * views are assigned to. Their addresses are on {@value #DOMAIN} and made of a first name and the partner's code
 * ({@code ada.rtx@sample.example.org}), so a later load finds them again; their ids follow from their addresses.
 * Their passwords and API tokens are random, never derived from the seed, so knowing the seed does not let anyone in.
 */
final class SampleStaff {

    static final String DOMAIN = "sample.example.org";
    /** How long the sample staff's API tokens last. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(90);
    private static final int PASSWORD_LENGTH = 20;

    /** Who the sample staff are: a name, a role and the partner they work for. */
    record Member(String first, String last, Role role, PartnerId partner) {
    }

    /** The sample staff as stored, with the sign-in details of those created by this load. */
    record Crew(List<StaffMember> members, List<StaffSignIn> created) {

        List<StaffMemberId> holding(Role role) {
            return members.stream().filter(member -> member.holds(role)).map(StaffMember::id).toList();
        }

        /** The responder who answers for {@code partner}. */
        Optional<StaffMemberId> responderFor(PartnerId partner) {
            return members.stream().filter(member -> member.holds(Role.RESPONDER) && member.partner().equals(partner))
                    .map(StaffMember::id).findFirst();
        }
    }

    private final StaffMembers staff;
    private final PasswordHasher hasher;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;

    SampleStaff(StaffMembers staff, PasswordHasher hasher, ApiTokens tokens, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.staff = staff;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    /** The people the sample needs, given the partners views are assigned to and who hosts what. */
    static List<Member> members(PartnerId administering, PartnerId commissioning, PartnerId community,
                                List<PartnerId> answering) {
        List<Member> members = new ArrayList<>(List.of(
                new Member("Ada", "Rigg", Role.ADMIN, administering),
                new Member("Moira", "Birkett", Role.MODERATOR, commissioning),
                new Member("Ravi", "Tyson", Role.MODERATOR, administering),
                new Member("Esther", "Fell", Role.ENGAGEMENT_OFFICER, commissioning),
                new Member("Owen", "Garnett", Role.ENGAGEMENT_OFFICER, community)));
        List<String> firsts = List.of("Bea", "Carl", "Dev", "Gail", "Hari", "Iris", "Jon", "Kay", "Lena", "Max");
        List<String> lasts = List.of("Airey", "Hodgson", "Nelson", "Procter", "Sharples", "Postlethwaite",
                "Whitehead", "Armistead", "Slater", "Holme");
        for (int i = 0; i < answering.size(); i++) {
            members.add(new Member(firsts.get(i % firsts.size()), lasts.get(i % lasts.size()), Role.RESPONDER,
                    answering.get(i)));
        }
        return members;
    }

    /**
     * The sample staff found where a previous load made them, and those still to create, whose passwords are being
     * hashed meanwhile.
     */
    record Plan(List<StaffMember> found, List<StaffMember> toCreate, List<String> passwords,
                CompletableFuture<List<PasswordHash>> hashes) {

        /** Whether none of the sample staff existed: this load makes the sample programme. */
        boolean fresh() {
            return found.isEmpty();
        }
    }

    /**
     * Finds the sample staff a previous load made, and starts hashing the passwords of the others. Argon2 takes a
     * while on purpose; the hashing runs on threads of its own while the caller gets on with the programme.
     */
    Plan plan(List<Member> wanted, Map<PartnerId, Partner> partners) {
        List<StaffMember> found = new ArrayList<>();
        List<StaffMember> toCreate = new ArrayList<>();
        for (Member member : wanted) {
            EmailAddress email = email(member, partners.get(member.partner()));
            Optional<StaffMember> existing = staff.findByEmail(email);
            if (existing.isPresent()) {
                found.add(existing.get());
            } else {
                toCreate.add(new StaffMember(idFor(email), email, member.first() + " " + member.last(),
                        member.partner(), Set.of(member.role()), true, false, 0));
            }
        }
        List<String> passwords = toCreate.stream().map(member -> Secrets.readablePassword(PASSWORD_LENGTH)).toList();
        // Two threads of their own: each hash takes a good fraction of a second of one core.
        ExecutorService hashing = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("sample-staff-", 0)
                .daemon().factory());
        List<CompletableFuture<PasswordHash>> each = passwords.stream()
                .map(password -> CompletableFuture.supplyAsync(() -> hasher.hash(password), hashing)).toList();
        hashing.shutdown();
        CompletableFuture<List<PasswordHash>> hashes = CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
        return new Plan(List.copyOf(found), List.copyOf(toCreate), passwords, hashes);
    }

    /** Stores the staff the plan creates, with their password hashes and an API token each, valid from {@code now}. */
    Crew store(Plan plan, Instant now) {
        List<PasswordHash> hashes = plan.hashes().join();
        List<StaffMember> members = new ArrayList<>(plan.found());
        List<StaffSignIn> created = new ArrayList<>();
        for (int i = 0; i < plan.toCreate().size(); i++) {
            StaffMember stored = staff.add(plan.toCreate().get(i), hashes.get(i));
            String token = Secrets.token("bct_");
            tokens.add(new ApiToken(UUID.randomUUID(), stored.id(), "Sample data", Secrets.sha256(token), now,
                    now.plus(TOKEN_LIFETIME), Optional.empty()));
            members.add(stored);
            Optional<String> authenticator = Optional.empty();
            if (stored.needsSecondFactor()) {
                // Set up as if its app had sent a code of the first time step, so that every later code is new.
                String secret = TimeBasedCodes.base32(TimeBasedCodes.newSecret());
                secondFactors.begin(stored.id(), secret);
                secondFactors.accept(stored.id(), 1, now);
                authenticator = Optional.of(secret);
            }
            created.add(new StaffSignIn(stored.rolesInOrder(), stored.email(), plan.passwords().get(i), token,
                    authenticator));
        }
        return new Crew(List.copyOf(members), List.copyOf(created));
    }

    /** First name and the partner's code, such as {@code ada.rtx@sample.example.org}. */
    static EmailAddress email(Member member, Partner partner) {
        String code = partner.identifiers().stream().findFirst()
                .map(recorded -> recorded.identifier().value())
                .orElseGet(() -> initials(partner.name()));
        return new EmailAddress(member.first().toLowerCase(Locale.ROOT) + "." + code.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "") + "@" + DOMAIN);
    }

    private static String initials(String name) {
        return Arrays.stream(name.split("[^A-Za-z]+")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1)).collect(Collectors.joining());
    }

    private static StaffMemberId idFor(EmailAddress email) {
        return new StaffMemberId(UUID.nameUUIDFromBytes(("bettercaretogether:sample-staff:" + email.value())
                .getBytes(StandardCharsets.UTF_8)));
    }
}
