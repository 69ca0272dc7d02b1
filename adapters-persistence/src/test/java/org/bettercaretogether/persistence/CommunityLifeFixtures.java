package org.bettercaretogether.persistence;

import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places and partners the life of the communities happens in, stored through the adapters, for the tests of
 * priorities, teams, histories and meetings: the Kendal and Barrow-in-Furness communities of the Furness network, the
 * Elective Care workstream, the Bay Health Trust and the county council.
 */
public final class CommunityLifeFixtures {

    private CommunityLifeFixtures() {
    }

    /** Two communities (in name order, Barrow-in-Furness before Kendal), a workstream and two partners, as stored. */
    public record Places(CommunityId kendal, CommunityId barrow, WorkstreamId electiveCare, PartnerId trust,
                         PartnerId council) {
    }

    /** Stores the places; once per database, as their addresses are unique. */
    public static Places places(PostgresAdapters postgres) {
        Provenance approximate = Provenance.unverified("general UK geography");
        NetworkId furness = postgres.port(ClinicalNetworks.class).add(new ClinicalNetwork(NetworkId.random(), new Slug("furness"),
                "Furness", "The Furness peninsula", approximate, 0)).id();
        CommunityId kendal = community(postgres, "kendal", "Kendal", "LA9", furness, approximate);
        CommunityId barrow = community(postgres, "barrow-in-furness", "Barrow-in-Furness", "LA14", furness,
                approximate);
        WorkstreamId electiveCare = postgres.port(Workstreams.class).add(new Workstream(WorkstreamId.random(),
                new Slug("elective-care"), "Elective Care", "Planned operations and outpatient care",
                Set.of(CareSetting.HOSPITAL), Optional.empty(), Set.of(), WorkstreamPhase.ENGAGEMENT, 0)).id();
        PartnerId trust = postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(), "Bay Health Trust",
                PartnerKind.ACUTE_HOSPITAL_TRUST, List.of(), Optional.empty(), "Hospitals")).id();
        PartnerId council = postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(), "Cumbria County Council",
                PartnerKind.LOCAL_AUTHORITY, List.of(), Optional.empty(), "Adult social care")).id();
        return new Places(kendal, barrow, electiveCare, trust, council);
    }

    private static CommunityId community(PostgresAdapters postgres, String slug, String name, String district,
                                         NetworkId network, Provenance approximate) {
        return postgres.port(Communities.class).add(new IntegratedCareCommunity(CommunityId.random(), new Slug(slug), name,
                network, new Coverage(List.of(name), List.of(new PostcodeDistrict(district)), approximate),
                Optional.empty(), Optional.empty(), 0)).id();
    }
}
