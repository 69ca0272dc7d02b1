package org.bettercaretogether.application.onlineconsultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.domain.staff.Role;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps the communities' guides to online consultations for staff, and serves them to anyone. */
public final class OnlineConsultationService implements ReadOnlineConsultationGuides, KeepOnlineConsultationGuides {

    /** The guides belong to what communities do. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final ReadCache cache;
    private final OnlineConsultationGuides guides;
    private final Communities communities;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public OnlineConsultationService(Transactions transactions, OnlineConsultationGuides guides,
                                     Communities communities, AuditTrail audit, ReadCache cache, Clock clock) {
        this.transactions = transactions;
        this.cache = cache;
        this.guides = guides;
        this.communities = communities;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<OnlineConsultationGuide> guide(CommunityId community) {
        // Kept between changes: each community's page shows its guide to every reader.
        return cache.get(List.of("online consultation guide", community), READ_FROM,
                () -> transactions.inTransaction(() -> guides.find(community)));
    }

    @Override
    public List<OnlineConsultationGuide> all() {
        return transactions.inTransaction(guides::all);
    }

    @Override
    public Outcome<OnlineConsultationGuide> write(Actor actor, CommunityId community, long version,
                                                  String explanation, URI nhsService) {
        return AccessPolicy.inTransactionAs(actor, transactions, () -> {
            if (communities.find(community).isEmpty()) {
                return Outcome.notFound("community", community);
            }
            Optional<OnlineConsultationGuide> was = guides.find(community);
            if (was.map(OnlineConsultationGuide::version).orElse(0L) != version) {
                return Outcome.rejected(new Rejection.Conflict("The guide was changed by someone else since you "
                        + "read it; read it again and redo the change."));
            }
            OnlineConsultationGuide written = new OnlineConsultationGuide(community, explanation, nhsService,
                    clock.instant(), version);
            return guides.store(written).map(stored -> {
                audit.record(Optional.of(actor.id()), "online-consultation-guide.written",
                        "online-consultation-guide", community.toString(), AuditTrail.changes(
                                was.map(OnlineConsultationService::described).orElse(Map.of()), described(stored)));
                return Outcome.done(stored);
            }).orElseGet(() -> Outcome.rejected(new Rejection.Conflict("The guide was changed by someone else "
                    + "meanwhile; read it again and redo the change.")));
        }, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }

    private static Map<String, String> described(OnlineConsultationGuide guide) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("explanation", guide.explanation());
        fields.put("nhsService", guide.nhsService().toString());
        return fields;
    }
}
