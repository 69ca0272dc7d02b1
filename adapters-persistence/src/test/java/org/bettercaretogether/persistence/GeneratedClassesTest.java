package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.jooq.tables.records.PartnerIdentifierRecord;
import org.bettercaretogether.persistence.jooq.tables.records.PartnerRecord;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_IDENTIFIER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectFrom;

/** The jOOQ classes generated from the migrations describe the real tables: rows go in and come back as written. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class GeneratedClassesTest {

    private static DSLContext dsl;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
    }

    @Test
    void stores_a_partner_with_its_identifiers_and_reads_them_back_in_order() {
        UUID id = UUID.randomUUID();
        PartnerRecord partner = dsl.newRecord(PARTNER);
        partner.setId(id);
        partner.setName("University Hospitals of Morecambe Bay NHS Foundation Trust");
        partner.setKind("ACUTE_HOSPITAL_TRUST");
        partner.setRole("Runs the area's hospitals");
        partner.setVersion(0L);
        partner.store();
        dsl.batchInsert(
                new PartnerIdentifierRecord(id, 1, "GSS", "E12345678", "a second source", false),
                new PartnerIdentifierRecord(id, 0, "ODS", "RTX", "the NHS ODS register", true)
        ).execute();

        var found = dsl.select(PARTNER.NAME, PARTNER.KIND, PARTNER.WEBSITE, PARTNER.VERSION,
                        multiset(selectFrom(PARTNER_IDENTIFIER)
                                .where(PARTNER_IDENTIFIER.PARTNER_ID.eq(PARTNER.ID))
                                .orderBy(PARTNER_IDENTIFIER.POSITION)).as("identifiers"))
                .from(PARTNER)
                .where(PARTNER.ID.eq(id))
                .fetchOne();

        assertThat(found).isNotNull();
        assertThat(found.value1()).isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(found.value2()).isEqualTo("ACUTE_HOSPITAL_TRUST");
        assertThat(found.value3()).isNull();
        assertThat(found.value4()).isZero();
        assertThat(found.value5())
                .extracting(PartnerIdentifierRecord::getPosition, PartnerIdentifierRecord::getScheme,
                        PartnerIdentifierRecord::getValue, PartnerIdentifierRecord::getSource,
                        PartnerIdentifierRecord::getVerified)
                .containsExactly(
                        tuple(0, "ODS", "RTX", "the NHS ODS register", true),
                        tuple(1, "GSS", "E12345678", "a second source", false));
    }

    @Test
    void maps_dates_to_java_time_and_deletes_a_partners_rows_with_it() {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PARTNER)
                .set(PARTNER.ID, id).set(PARTNER.NAME, "Morecambe Bay CCG").set(PARTNER.KIND, "CLINICAL_COMMISSIONING_GROUP")
                .set(PARTNER.WEBSITE, "https://www.morecambebayccg.nhs.uk").set(PARTNER.ROLE, "Commissions care")
                .set(PARTNER.VERSION, 3L)
                .execute();
        dsl.insertInto(PARTNER_EVENT)
                .set(PARTNER_EVENT.PARTNER_ID, id).set(PARTNER_EVENT.POSITION, 0).set(PARTNER_EVENT.KIND, "ABOLISHED")
                .set(PARTNER_EVENT.OCCURRED_ON, LocalDate.of(2022, 7, 1)).set(PARTNER_EVENT.OCCURRED_PRECISION, "MONTH")
                .set(PARTNER_EVENT.SOURCE, "Health and Care Act 2022").set(PARTNER_EVENT.VERIFIED, true)
                .execute();

        LocalDate occurredOn = dsl.select(PARTNER_EVENT.OCCURRED_ON).from(PARTNER_EVENT)
                .where(PARTNER_EVENT.PARTNER_ID.eq(id)).fetchSingle(PARTNER_EVENT.OCCURRED_ON);
        int deleted = dsl.deleteFrom(PARTNER).where(PARTNER.ID.eq(id)).execute();
        int eventsLeft = dsl.fetchCount(PARTNER_EVENT, PARTNER_EVENT.PARTNER_ID.eq(id));

        assertThat(occurredOn).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(deleted).isOne();
        assertThat(eventsLeft).isZero();
    }
}
