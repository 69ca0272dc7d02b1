package org.bettercaretogether.memory;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.security.SecurityEvents;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The security ports in memory: staff accounts, sessions, API tokens, the audit log, rate limits on a clock,
 * a (fast, test-only) salted password hash, and security events kept for tests to read.
 */
public final class InMemorySecurity {

    private final Clock clock;
    private final InMemoryRecords<StaffMemberId, StaffMember> staff = new InMemoryRecords<>(
            StaffMember::id, StaffMember::version, StaffMember::withVersion, Comparator.comparing(StaffMember::name));
    private final Map<StaffMemberId, PasswordHash> passwords = new ConcurrentHashMap<>();
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Map<UUID, ApiToken> tokens = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> tokenUses = new ConcurrentHashMap<>();
    private final Map<StaffMemberId, SecondFactors.Authenticator> authenticators = new ConcurrentHashMap<>();
    private final Map<String, StaffMemberId> recoveryCodes = new ConcurrentHashMap<>();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    private final Map<String, List<Instant>> rateLimitHits = new HashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    public InMemorySecurity(Clock clock) {
        this.clock = clock;
    }

    InMemoryRecords<?, ?> staffRecords() {
        return staff;
    }

    public StaffMembers staffMembers() {
        return new StaffMembers() {
            @Override
            public List<StaffMember> all() {
                return staff.all();
            }

            @Override
            public Optional<StaffMember> find(StaffMemberId id) {
                return staff.find(id);
            }

            @Override
            public Optional<StaffMember> findByEmail(EmailAddress email) {
                return staff.findWhere(member -> member.email().equals(email));
            }

            @Override
            public StaffMember add(StaffMember member, PasswordHash password) {
                if (findByEmail(member.email()).isPresent()) {
                    throw new IllegalStateException("an account with that email address is already stored");
                }
                StaffMember stored = staff.add(member);
                passwords.put(member.id(), password);
                return stored;
            }

            @Override
            public Optional<StaffMember> update(StaffMember member) {
                return staff.update(member);
            }

            @Override
            public Optional<PasswordHash> password(StaffMemberId id) {
                return Optional.ofNullable(passwords.get(id));
            }

            @Override
            public void changePassword(StaffMemberId id, PasswordHash password) {
                passwords.put(id, password);
            }
        };
    }

    public StaffSessions sessions() {
        return new StaffSessions() {
            @Override
            public void add(StaffSession session) {
                sessions.put(session.tokenHash(), session);
            }

            @Override
            public Optional<StaffSession> find(String tokenHash) {
                return Optional.ofNullable(sessions.get(tokenHash));
            }

            @Override
            public void touch(String tokenHash, Instant at) {
                sessions.computeIfPresent(tokenHash, (hash, s) ->
                        new StaffSession(hash, s.staff(), s.csrfToken(), s.createdAt(), at, s.expiresAt(), s.stage()));
            }

            @Override
            public void remove(String tokenHash) {
                sessions.remove(tokenHash);
            }

            @Override
            public void removeAllOf(StaffMemberId member) {
                sessions.values().removeIf(session -> session.staff().equals(member));
            }

            @Override
            public int removeExpired(Instant now) {
                int before = sessions.size();
                sessions.values().removeIf(session -> !now.isBefore(session.expiresAt()));
                return before - sessions.size();
            }
        };
    }

    public ApiTokens apiTokens() {
        return new ApiTokens() {
            @Override
            public void add(ApiToken token) {
                tokens.put(token.id(), token);
            }

            @Override
            public Optional<ApiToken> find(UUID id) {
                return Optional.ofNullable(tokens.get(id));
            }

            @Override
            public Optional<ApiToken> findByHash(String tokenHash) {
                return tokens.values().stream().filter(token -> token.tokenHash().equals(tokenHash)).findFirst();
            }

            @Override
            public List<ApiToken> ownedBy(StaffMemberId owner) {
                return tokens.values().stream().filter(token -> token.owner().equals(owner))
                        .sorted(Comparator.comparing(ApiToken::createdAt).reversed()).toList();
            }

            @Override
            public synchronized int revokeAllOf(StaffMemberId owner, Instant at) {
                return (int) ownedBy(owner).stream().filter(token -> revoke(token.id(), at)).count();
            }

            @Override
            public synchronized boolean markUsed(UUID id, Instant at, Instant unlessUsedAfter) {
                Instant last = tokenUses.get(id);
                if (last != null && last.isAfter(unlessUsedAfter)) {
                    return false;
                }
                tokenUses.put(id, at);
                return true;
            }

            @Override
            public synchronized boolean revoke(UUID id, Instant at) {
                ApiToken token = tokens.get(id);
                if (token == null || token.revokedAt().isPresent()) {
                    return false;
                }
                tokens.put(id, new ApiToken(token.id(), token.owner(), token.label(), token.tokenHash(),
                        token.createdAt(), token.expiresAt(), Optional.of(at)));
                return true;
            }
        };
    }

    public SecondFactors secondFactors() {
        return new SecondFactors() {
            @Override
            public Optional<Authenticator> find(StaffMemberId staff) {
                return Optional.ofNullable(authenticators.get(staff));
            }

            @Override
            public void begin(StaffMemberId staff, String secret) {
                authenticators.compute(staff, (id, was) -> was != null && was.confirmed() ? was
                        : new Authenticator(secret, Optional.empty(), 0));
            }

            @Override
            public synchronized boolean accept(StaffMemberId staff, long step, Instant at) {
                Authenticator was = authenticators.get(staff);
                if (was == null || was.lastStep() >= step) {
                    return false;
                }
                authenticators.put(staff, new Authenticator(was.secret(),
                        Optional.of(was.confirmedAt().orElse(at)), step));
                return true;
            }

            @Override
            public void replaceRecoveryCodes(StaffMemberId staff, List<String> codeHashes) {
                recoveryCodes.values().removeIf(staff::equals);
                codeHashes.forEach(hash -> recoveryCodes.put(hash, staff));
            }

            @Override
            public boolean useRecoveryCode(StaffMemberId staff, String codeHash, Instant at) {
                return recoveryCodes.remove(codeHash, staff);
            }

            @Override
            public int recoveryCodesLeft(StaffMemberId staff) {
                return (int) recoveryCodes.values().stream().filter(staff::equals).count();
            }

            @Override
            public void remove(StaffMemberId staff) {
                authenticators.remove(staff);
                recoveryCodes.values().removeIf(staff::equals);
            }
        };
    }

    public AuditLog auditLog() {
        return new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                audit.add(entry);
            }

            @Override
            public List<AuditEntry> newestFirst(Optional<Position> before, int limit) {
                Comparator<AuditEntry> newest = Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed();
                return audit.stream()
                        .filter(entry -> before.map(position -> entry.at().isBefore(position.at())
                                || (entry.at().equals(position.at()) && entry.id().compareTo(position.id()) < 0))
                                .orElse(true))
                        .sorted(newest).limit(limit).toList();
            }
        };
    }

    /** A sliding window over the clock: at most {@code capacity} actions in any {@code period}. */
    public RateLimits rateLimits() {
        return new RateLimits() {
            @Override
            public Admission tryConsume(String key, Limit limit) {
                synchronized (rateLimitHits) {
                    Admission admission = check(key, limit);
                    if (admission.allowed()) {
                        rateLimitHits.computeIfAbsent(key, k -> new ArrayList<>()).add(clock.instant());
                    }
                    return admission;
                }
            }

            @Override
            public Admission check(String key, Limit limit) {
                synchronized (rateLimitHits) {
                    Instant now = clock.instant();
                    List<Instant> hits = rateLimitHits.computeIfAbsent(key, k -> new ArrayList<>());
                    hits.removeIf(hit -> !hit.plus(limit.period()).isAfter(now));
                    if (hits.size() < limit.capacity()) {
                        return Admission.allow();
                    }
                    return Admission.refuse(Duration.between(now, hits.getFirst().plus(limit.period())));
                }
            }
        };
    }

    /** PBKDF2 with few iterations: salted and one-way like the real hasher, but fast enough for tests. */
    public PasswordHasher passwordHasher() {
        return new PasswordHasher() {
            private final SecureRandom random = new SecureRandom();

            @Override
            public PasswordHash hash(String password) {
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                return new PasswordHash("pbkdf2$" + encode(salt) + "$" + encode(derive(password, salt)));
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                String[] parts = hash.encoded().split("\\$");
                if (parts.length != 3) {
                    return false;
                }
                byte[] salt = Base64.getDecoder().decode(parts[1]);
                return MessageDigest.isEqual(derive(password, salt), Base64.getDecoder().decode(parts[2]));
            }

            private byte[] derive(String password, byte[] salt) {
                try {
                    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1_000, 256)).getEncoded();
                } catch (GeneralSecurityException missing) {
                    throw new IllegalStateException(missing);
                }
            }

            private String encode(byte[] bytes) {
                return Base64.getEncoder().encodeToString(bytes);
            }
        };
    }

    public SecurityEvents securityEvents() {
        return (event, member) -> events.add(event + member.map(id -> " (" + id + ")").orElse(""));
    }

    /** The security events reported so far, as "event (staff id)". */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** The stored hash of a password, to prove the password itself is not stored. */
    public Optional<PasswordHash> storedPassword(StaffMemberId id) {
        return Optional.ofNullable(passwords.get(id));
    }

    /** The stored sessions, to prove only hashes of their tokens are kept. */
    public List<StaffSession> storedSessions() {
        return List.copyOf(sessions.values());
    }

    /** The audit log as written, oldest first. */
    public List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }

    /** The stored tokens, to prove only hashes are kept. */
    public List<ApiToken> storedTokens() {
        return List.copyOf(tokens.values());
    }

    /** See {@code ExpiredRecords#removeSessionsEndedBy}. */
    int removeSessionsEndedBy(Instant now, Duration idleTimeout, int most) {
        List<String> due = sessions.values().stream()
                .filter(session -> !session.expiresAt().isAfter(now)
                        || !session.lastSeenAt().isAfter(now.minus(idleTimeout)))
                .map(StaffSession::tokenHash).limit(most).toList();
        due.forEach(sessions::remove);
        return due.size();
    }

    /** See {@code ExpiredRecords#removeApiTokensEndedBefore}. */
    int removeApiTokensEndedBefore(Instant endedBefore, int most) {
        List<UUID> due = tokens.values().stream()
                .filter(token -> token.expiresAt().isBefore(endedBefore)
                        || token.revokedAt().filter(at -> at.isBefore(endedBefore)).isPresent())
                .map(ApiToken::id).limit(most).toList();
        due.forEach(id -> {
            tokens.remove(id);
            tokenUses.remove(id);
        });
        return due.size();
    }
}
