package org.bettercaretogether.persistence.partner;

import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.domain.partner.ApproximateDate;
import org.bettercaretogether.domain.partner.GssCode;
import org.bettercaretogether.domain.partner.OdsCode;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerEvent;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.RowPositions.reversePositions;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_IDENTIFIER;
import static org.jooq.impl.DSL.collation;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class PartnersTest {

    private static DSLContext dsl;
    private static Partners partners;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        partners = new PostgresAdapters(dataSource).port(Partners.class);
    }

    @BeforeEach
    void noPartners() {
        dsl.deleteFrom(PARTNER).execute();
    }

    @Test
    void reads_back_a_stored_partner_equal_at_version_1_with_identifiers_and_history_in_order() {
        Partner council = council("Cumbria County Council");

        Partner stored = partners.add(council);

        assertThat(stored).isEqualTo(council.withVersion(1));
        assertThat(partners.find(council.id())).contains(stored);
    }

    @Test
    void reads_back_a_partner_with_no_website_identifier_or_history() {
        Partner federation = Partner.newPartner(PartnerId.random(), "North Lancashire Medical Services",
                PartnerKind.PRIMARY_CARE_FEDERATION, List.of(), Optional.empty(), "Brings GP practices together");

        partners.add(federation);

        assertThat(partners.find(federation.id())).contains(federation.withVersion(1));
    }

    @Test
    void reads_back_a_merger_dated_to_the_day_after_an_undated_renaming() {
        Partner commissioners = new Partner(PartnerId.random(), "NHS Morecambe Bay Clinical Commissioning Group",
                PartnerKind.CLINICAL_COMMISSIONING_GROUP,
                List.of(new RecordedIdentifier(new OdsCode("01K"), Provenance.verified("NHS ODS code list"))),
                Optional.empty(), "Plans and buys care",
                List.of(new PartnerEvent.Renamed(Optional.empty(), "NHS Lancashire North CCG",
                                Provenance.unverified("reference notes")),
                        new PartnerEvent.Merged(Optional.of(ApproximateDate.day(LocalDate.of(2022, 7, 1))),
                                "NHS Lancashire and South Cumbria Integrated Care Board",
                                Provenance.verified("Health and Care Act 2022"))),
                0);

        partners.add(commissioners);

        assertThat(partners.find(commissioners.id())).contains(commissioners.withVersion(1));
    }

    @Test
    void reads_the_identifiers_in_their_positions_whatever_order_the_rows_lie_in() {
        Partner stored = partners.add(council("Cumbria County Council"));
        reversePositions(dsl, PARTNER_IDENTIFIER, PARTNER_IDENTIFIER.PARTNER_ID, PARTNER_IDENTIFIER.POSITION,
                stored.id().value(), 2);

        assertThat(partners.find(stored.id())).map(Partner::identifiers)
                .contains(stored.identifiers().reversed());
    }

    @Test
    void lists_every_partner_by_name_as_java_orders_text_whatever_the_servers_collation() {
        // As on a server whose default collation is linguistic: "bay" would sort before "Lancashire" there.
        dsl.alterTable(PARTNER).alterColumn(PARTNER.NAME)
                .set(SQLDataType.CLOB.nullable(false).collation(collation("en-GB-x-icu")))
                .execute();
        for (String name : List.of("North Lancashire Medical Services", "Lancashire County Council", "bay partners",
                "Lancashire & South Cumbria NHS Foundation Trust")) {
            partners.add(Partner.newPartner(PartnerId.random(), name, PartnerKind.LOCAL_AUTHORITY, List.of(),
                    Optional.empty(), "Social care"));
        }

        assertThat(partners.all()).extracting(Partner::name).containsExactly(
                "Lancashire & South Cumbria NHS Foundation Trust", "Lancashire County Council",
                "North Lancashire Medical Services", "bay partners");
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_identifiers_and_history() {
        Partner stored = partners.add(council("Cumbria County Council"));
        Partner revised = new Partner(stored.id(), "Westmorland and Furness Council", PartnerKind.LOCAL_AUTHORITY,
                List.of(new RecordedIdentifier(new GssCode("E06000064"), Provenance.unverified("a news story")),
                        stored.identifiers().get(0)),
                Optional.empty(), "Adult social care in the south of Cumbria",
                List.of(stored.history().get(0)), stored.version());

        Optional<Partner> updated = partners.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(partners.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(PARTNER_IDENTIFIER)).as("identifiers replaced, none left over").isEqualTo(2);
        assertThat(dsl.fetchCount(PARTNER_EVENT)).as("history replaced, none left over").isOne();
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        Partner stored = partners.add(council("Cumbria County Council"));
        Partner first = partners.update(new Partner(stored.id(), "Cumberland Council", stored.kind(),
                stored.identifiers(), stored.website(), stored.role(), stored.history(), stored.version()))
                .orElseThrow();

        Optional<Partner> stale = partners.update(new Partner(stored.id(), "Westmorland and Furness Council",
                stored.kind(), List.of(), Optional.empty(), stored.role(), List.of(), stored.version()));

        assertThat(stale).isEmpty();
        assertThat(partners.find(stored.id())).contains(first);
    }

    @Test
    void an_unknown_partner_is_not_found_and_cannot_be_updated() {
        Partner neverStored = council("Cumbria County Council").withVersion(1);

        assertThat(partners.find(neverStored.id())).isEmpty();
        assertThat(partners.update(neverStored)).isEmpty();
        assertThat(partners.all()).isEmpty();
    }

    /** A partner using every column: two identifiers (not in code order), a website, a history dated two ways. */
    private static Partner council(String name) {
        return new Partner(PartnerId.random(), name, PartnerKind.LOCAL_AUTHORITY,
                List.of(new RecordedIdentifier(new OdsCode("RTX"), Provenance.verified("NHS ODS code list")),
                        new RecordedIdentifier(new GssCode("E10000006"), Provenance.unverified("GSS code list"))),
                Optional.of(URI.create("https://www.cumbria.gov.uk/adults")), "Provided adult social care",
                List.of(new PartnerEvent.Renamed(Optional.of(ApproximateDate.month(1974, 4)),
                                "Cumberland and Westmorland", Provenance.verified("Local Government Act 1972")),
                        new PartnerEvent.Abolished(Optional.of(ApproximateDate.year(2023)),
                                Provenance.unverified("reference notes"))),
                0);
    }
}
