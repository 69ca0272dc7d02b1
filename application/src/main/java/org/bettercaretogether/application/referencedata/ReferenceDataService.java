package org.bettercaretogether.application.referencedata;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.directory.AdministerDirectory;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads {@link MorecambeBay}'s release once per installation, in one transaction, through the same use cases
 * staff use, so the data obeys the same rules. A record that already exists is left alone.
 */
public final class ReferenceDataService implements LoadReferenceData {

    private final Transactions transactions;
    private final ReferenceDataReleases releases;
    private final AdministerDirectory directory;
    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;
    private final Clock clock;

    @Inject
    public ReferenceDataService(Transactions transactions, ReferenceDataReleases releases, AdministerDirectory directory,
                               VanguardRecord vanguard, Partners partners, ClinicalNetworks networks,
                               Communities communities, Workstreams workstreams, Clock clock) {
        this.transactions = transactions;
        this.releases = releases;
        this.directory = directory;
        this.vanguard = vanguard;
        this.partners = partners;
        this.networks = networks;
        this.communities = communities;
        this.workstreams = workstreams;
        this.clock = clock;
    }

    @Override
    public ReferenceDataLoad load() {
        return transactions.inTransaction(() -> {
            if (!releases.claim(MorecambeBay.RELEASE, clock.instant())) {
                return new ReferenceDataLoad(MorecambeBay.RELEASE, false, 0, 0, 0, 0);
            }
            if (vanguard.current().isEmpty()) {
                directory.recordVanguard(MorecambeBay.vanguard()).orElseThrow();
            }
            int partnersAdded = addMissing(MorecambeBay.partners(), p -> partners.find(p.id()), directory::addPartner);
            int networksAdded = addMissing(MorecambeBay.networks(), n -> networks.find(n.id()), directory::addNetwork);
            int communitiesAdded = addMissing(MorecambeBay.communities(), c -> communities.find(c.id()),
                    directory::addCommunity);
            int workstreamsAdded = addMissing(MorecambeBay.workstreams(), w -> workstreams.find(w.id()),
                    directory::addWorkstream);
            return new ReferenceDataLoad(MorecambeBay.RELEASE, true, partnersAdded, networksAdded, communitiesAdded,
                    workstreamsAdded);
        });
    }

    /** Adds each record not yet stored; a rejection means the shipped data is wrong, which must stop the start. */
    private static <A> int addMissing(List<A> records, Function<A, Optional<A>> stored, Function<A, Outcome<A>> add) {
        int added = 0;
        for (A record : records) {
            if (stored.apply(record).isEmpty()) {
                add.apply(record).orElseThrow();
                added++;
            }
        }
        return added;
    }
}
