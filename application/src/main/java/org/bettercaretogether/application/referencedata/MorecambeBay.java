package org.bettercaretogether.application.referencedata;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.Population;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.ApproximateDate;
import org.bettercaretogether.domain.partner.GssCode;
import org.bettercaretogether.domain.partner.OdsCode;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts the service starts with for Morecambe Bay. Each uncertain fact says so through its
 * {@link Provenance}; where nothing is known (most communities' populations, their development stages, the
 * partners' websites) nothing is recorded.
 *
 * <p>Identities are derived from stable keys, so every installation gives the same partner the same id, and
 * an address such as {@code /partners/{id}} means the same record everywhere.
 */
public final class MorecambeBay {

    /** The release of these facts; a new release is loaded once, adding only what is missing. */
    public static final String RELEASE = "morecambe-bay-1";

    private static final Provenance VANGUARD_PROFILE =
            Provenance.verified("Better Care Together: the vanguard and the people it serves");
    private static final Provenance KEY_QUESTIONS =
            Provenance.verified("Better Care Together: key questions about the service review");
    private static final Provenance ODS = Provenance.verified("NHS Organisation Data Service code list");
    private static final Provenance GSS = Provenance.verified("GSS code list of the Office for National Statistics");
    private static final Provenance REFERENCE_NOTES =
            Provenance.unverified("Programme reference notes; no primary source recorded");
    private static final Provenance NETWORK_GROUPING = Provenance.unverified(
            "Inferred from the programme's description of its area (North Lancashire, South Lakes and Furness); "
                    + "not confirmed by a programme source");
    private static final Provenance APPROXIMATE_COVERAGE = Provenance.unverified(
            "Approximate, from general UK geography rather than a programme source: GP practice lists, not "
                    + "postcodes, define a community, and a district can straddle two communities");

    public static final PartnerId UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY = partnerId("uhmb");
    public static final PartnerId CUMBRIA_PARTNERSHIP = partnerId("cumbria-partnership");
    public static final PartnerId NORTH_WEST_AMBULANCE_SERVICE = partnerId("nwas");
    public static final PartnerId BLACKPOOL_TEACHING_HOSPITALS = partnerId("blackpool-teaching-hospitals");
    public static final PartnerId LANCASHIRE_CARE = partnerId("lancashire-care");
    public static final PartnerId LANCASHIRE_COUNTY_COUNCIL = partnerId("lancashire-county-council");
    public static final PartnerId CUMBRIA_COUNTY_COUNCIL = partnerId("cumbria-county-council");
    public static final PartnerId CLINICAL_COMMISSIONING_GROUP = partnerId("ccg");
    public static final PartnerId NORTH_LANCASHIRE_MEDICAL_SERVICES = partnerId("north-lancashire-medical-services");
    public static final PartnerId SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE = partnerId("south-cumbria-primary-care-collaborative");

    private MorecambeBay() {
    }

    public static Vanguard vanguard() {
        return new Vanguard("Better Care Together", "Morecambe Bay",
                "To help the communities of Morecambe Bay be as healthy as they can be, with care given as close "
                        + "to home as possible and hospitals kept for the specialist care only they can give.",
                EnumSet.allOf(TripleAimDimension.class), 365_000, VANGUARD_PROFILE, 0);
    }

    public static List<Partner> partners() {
        return List.of(
                partner(UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, "University Hospitals of Morecambe Bay NHS Foundation Trust",
                        PartnerKind.ACUTE_HOSPITAL_TRUST,
                        "Runs the hospitals in Lancaster, Barrow-in-Furness and Kendal, and carries out the service "
                                + "review with the clinical commissioning group.",
                        new RecordedIdentifier(new OdsCode("RTX"), ODS)),
                partner(CUMBRIA_PARTNERSHIP, "Cumbria Partnership NHS Foundation Trust",
                        PartnerKind.COMMUNITY_AND_MENTAL_HEALTH_TRUST,
                        "Provides community and mental health services in the Cumbrian part of the Bay.",
                        new RecordedIdentifier(new OdsCode("RNN"), Provenance.unverified(
                                "NHS Organisation Data Service code list; sources disagree (RNL is also given)"))),
                partner(NORTH_WEST_AMBULANCE_SERVICE, "North West Ambulance Service NHS Trust",
                        PartnerKind.AMBULANCE_SERVICE,
                        "Provides emergency ambulance and patient transport services across the area.",
                        new RecordedIdentifier(new OdsCode("RX7"), ODS)),
                partner(BLACKPOOL_TEACHING_HOSPITALS, "Blackpool Teaching Hospitals NHS Foundation Trust",
                        PartnerKind.ACUTE_HOSPITAL_TRUST,
                        "A neighbouring hospital trust that provides hospital and specialist services used by "
                                + "people from the Bay.",
                        new RecordedIdentifier(new OdsCode("RXL"), ODS)),
                partner(LANCASHIRE_CARE, "Lancashire Care NHS Foundation Trust",
                        PartnerKind.COMMUNITY_AND_MENTAL_HEALTH_TRUST,
                        "Provides community and mental health services in the Lancashire part of the Bay.",
                        new RecordedIdentifier(new OdsCode("RW5"), ODS))
                        .renamed("Lancashire & South Cumbria NHS Foundation Trust", Optional.empty(), REFERENCE_NOTES),
                partner(LANCASHIRE_COUNTY_COUNCIL, "Lancashire County Council", PartnerKind.LOCAL_AUTHORITY,
                        "Provides adult social care and public health services in the Lancashire part of the Bay.",
                        new RecordedIdentifier(new GssCode("E10000017"), GSS)),
                partner(CUMBRIA_COUNTY_COUNCIL, "Cumbria County Council", PartnerKind.LOCAL_AUTHORITY,
                        "Provided adult social care and public health services in the Cumbrian part of the Bay.",
                        new RecordedIdentifier(new GssCode("E10000006"), GSS))
                        .abolished(Optional.of(ApproximateDate.year(2023)), REFERENCE_NOTES),
                partner(CLINICAL_COMMISSIONING_GROUP, "NHS Lancashire North Clinical Commissioning Group",
                        PartnerKind.CLINICAL_COMMISSIONING_GROUP,
                        "Plans and buys health services for the area's population, and carries out the service "
                                + "review with the hospital trust.",
                        new RecordedIdentifier(new OdsCode("01K"), ODS))
                        .renamed("NHS Morecambe Bay Clinical Commissioning Group", Optional.empty(), KEY_QUESTIONS),
                partner(NORTH_LANCASHIRE_MEDICAL_SERVICES, "North Lancashire Medical Services",
                        PartnerKind.PRIMARY_CARE_FEDERATION,
                        "A federation of GP practices in North Lancashire, bringing general practice into the "
                                + "programme."),
                partner(SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE, "South Cumbria Primary Care Collaborative",
                        PartnerKind.PRIMARY_CARE_FEDERATION,
                        "A collaborative of GP practices in South Cumbria, bringing general practice into the "
                                + "programme."));
    }

    public static final NetworkId FURNESS = networkId("furness");
    public static final NetworkId SOUTH_LAKES = networkId("south-lakes");
    public static final NetworkId NORTH_LANCASHIRE = networkId("north-lancashire");

    public static List<ClinicalNetwork> networks() {
        return List.of(
                network(FURNESS, "Furness", "The Furness peninsula and the west of the Bay, from Barrow-in-Furness to Millom."),
                network(SOUTH_LAKES, "South Lakes", "South Lakeland, from Kendal and the Lakes to Sedbergh and Grange-over-Sands."),
                network(NORTH_LANCASHIRE, "North Lancashire", "Lancaster, Morecambe and the north of Lancashire, south to Garstang."));
    }

    public static List<IntegratedCareCommunity> communities() {
        return List.of(
                community("Alfred Barrow", FURNESS, List.of("Barrow-in-Furness"), "LA13", "LA14"),
                community("Barrow Town", FURNESS, List.of("Barrow-in-Furness", "Walney"), "LA13", "LA14"),
                community("Dalton & Ulverston", FURNESS,
                        List.of("Ulverston", "Dalton-in-Furness", "Askam-in-Furness", "Kirkby-in-Furness"),
                        "LA12", "LA15", "LA16", "LA17"),
                community("Millom", FURNESS, List.of("Millom", "Haverigg", "Broughton-in-Furness"), "LA18", "LA19", "LA20"),
                community("Kendal", SOUTH_LAKES, List.of("Kendal", "Burneside", "Staveley"), "LA8", "LA9"),
                community("Lakes", SOUTH_LAKES, List.of("Windermere", "Bowness-on-Windermere", "Ambleside", "Grasmere"),
                        "LA22", "LA23"),
                community("East", SOUTH_LAKES, List.of("Sedbergh", "Kirkby Lonsdale", "Milnthorpe"), "LA10", "LA6", "LA7"),
                community("Grange", SOUTH_LAKES, List.of("Grange-over-Sands", "Cartmel", "Allithwaite"), "LA11"),
                community("Bay", NORTH_LANCASHIRE, List.of("Morecambe", "Heysham"), "LA3", "LA4"),
                community("Lancaster", NORTH_LANCASHIRE, List.of("Lancaster"), "LA1", "LA2"),
                community("Carnforth", NORTH_LANCASHIRE, List.of("Carnforth", "Silverdale", "Bolton-le-Sands"), "LA5"),
                withPopulation(community("Garstang", NORTH_LANCASHIRE, List.of("Garstang"), "PR3"),
                        new Population(18_192, "Registered GP practice population",
                                Provenance.verified("Garstang ICC profile published by the programme"))));
    }

    public static List<Workstream> workstreams() {
        Set<CareSetting> everywhere = EnumSet.allOf(CareSetting.class);
        Set<PartnerId> reviewers = Set.of(CLINICAL_COMMISSIONING_GROUP, UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY);
        return List.of(
                workstream("Women's and Children's Services",
                        "How maternity care, care for women and care for children and young people are organised "
                                + "across the Bay, in hospital and closer to home.", everywhere, reviewers),
                workstream("Elective Care",
                        "Planned care, such as operations and outpatient appointments booked in advance: where it "
                                + "is given, and how more of it can be given in the community.", everywhere, reviewers),
                workstream("Out of Hospital Care",
                        "Care given outside hospital, in the community, at GP surgeries and in people's homes, so "
                                + "that people go to hospital only when they need what only a hospital can do.",
                        everywhere, reviewers));
    }

    private static Partner partner(PartnerId id, String name, PartnerKind kind, String role,
                                   RecordedIdentifier... identifiers) {
        return Partner.newPartner(id, name, kind, Arrays.asList(identifiers), Optional.empty(), role);
    }

    private static ClinicalNetwork network(NetworkId id, String name, String description) {
        return new ClinicalNetwork(id, Slug.fromName(name), name, description, NETWORK_GROUPING, 0);
    }

    private static IntegratedCareCommunity community(String name, NetworkId network, List<String> towns,
                                                     String... districts) {
        Slug slug = Slug.fromName(name);
        return new IntegratedCareCommunity(new CommunityId(uuid("community", slug.value())), slug, name, network,
                new Coverage(towns, Arrays.stream(districts).map(PostcodeDistrict::new).toList(), APPROXIMATE_COVERAGE),
                Optional.empty(), Optional.empty(), 0);
    }

    private static IntegratedCareCommunity withPopulation(IntegratedCareCommunity community, Population population) {
        return new IntegratedCareCommunity(community.id(), community.slug(), community.name(), community.network(),
                community.coverage(), Optional.of(population), community.stage(), community.version());
    }

    private static Workstream workstream(String name, String scope, Set<CareSetting> settings, Set<PartnerId> involved) {
        Slug slug = Slug.fromName(name);
        return new Workstream(new WorkstreamId(uuid("workstream", slug.value())), slug, name, scope, settings,
                Optional.empty(), involved, WorkstreamPhase.ENGAGEMENT, 0);
    }

    private static PartnerId partnerId(String key) {
        return new PartnerId(uuid("partner", key));
    }

    private static NetworkId networkId(String key) {
        return new NetworkId(uuid("network", key));
    }

    private static UUID uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("bettercaretogether:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
