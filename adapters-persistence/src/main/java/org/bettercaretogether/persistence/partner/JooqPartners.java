package org.bettercaretogether.persistence.partner;

import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.domain.partner.ApproximateDate;
import org.bettercaretogether.domain.partner.DatePrecision;
import org.bettercaretogether.domain.partner.IdentifierScheme;
import org.bettercaretogether.domain.partner.OrganisationIdentifier;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerEvent;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.persistence.jooq.tables.records.PartnerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row6;
import org.jooq.Row9;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER_IDENTIFIER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The partners in the {@code partner} table, each with its identifiers and history in their own tables in list
 * order ({@code position}). Read in one query (the children as MULTISETs); written in a transaction of their own,
 * which becomes a savepoint inside the caller's. The rows become partners in {@link #partner} and partners become
 * rows in {@link #partnerRow}, {@link #identifierRows} and {@link #eventRows}, nowhere else.
 */
public final class JooqPartners implements Partners {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<List<RecordedIdentifier>> IDENTIFIERS = multiset(
            select(PARTNER_IDENTIFIER.SCHEME, PARTNER_IDENTIFIER.VALUE, PARTNER_IDENTIFIER.SOURCE,
                    PARTNER_IDENTIFIER.VERIFIED)
                    .from(PARTNER_IDENTIFIER)
                    .where(PARTNER_IDENTIFIER.PARTNER_ID.eq(PARTNER.ID))
                    .orderBy(PARTNER_IDENTIFIER.POSITION))
            .as("identifiers")
            .convertFrom(rows -> rows.map(Records.mapping(JooqPartners::identifier)));

    private static final Field<List<PartnerEvent>> HISTORY = multiset(
            select(PARTNER_EVENT.KIND, PARTNER_EVENT.OCCURRED_ON, PARTNER_EVENT.OCCURRED_PRECISION,
                    PARTNER_EVENT.FORMER_NAME, PARTNER_EVENT.SUCCESSOR_NAME, PARTNER_EVENT.SOURCE,
                    PARTNER_EVENT.VERIFIED)
                    .from(PARTNER_EVENT)
                    .where(PARTNER_EVENT.PARTNER_ID.eq(PARTNER.ID))
                    .orderBy(PARTNER_EVENT.POSITION))
            .as("history")
            .convertFrom(rows -> rows.map(Records.mapping(JooqPartners::event)));

    private final DSLContext dsl;

    public JooqPartners(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Partner> all() {
        return partnersWhere(noCondition());
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return partnersWhere(PARTNER.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Partner add(Partner partner) {
        Partner stored = partner.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(PARTNER).set(partnerRow(stored)).execute();
            insertChildren(stored);
            return stored;
        });
    }

    @Override
    public Optional<Partner> update(Partner partner) {
        Partner stored = partner.withVersion(partner.version() + 1);
        UUID id = partner.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(PARTNER).set(partnerRow(stored))
                    .where(PARTNER.ID.eq(id).and(PARTNER.VERSION.eq(partner.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<Partner>empty();
            }
            dsl.deleteFrom(PARTNER_IDENTIFIER).where(PARTNER_IDENTIFIER.PARTNER_ID.eq(id)).execute();
            dsl.deleteFrom(PARTNER_EVENT).where(PARTNER_EVENT.PARTNER_ID.eq(id)).execute();
            insertChildren(stored);
            return Optional.of(stored);
        });
    }

    private List<Partner> partnersWhere(Condition condition) {
        return dsl.select(PARTNER.ID, PARTNER.NAME, PARTNER.KIND, IDENTIFIERS, PARTNER.WEBSITE, PARTNER.ROLE, HISTORY,
                        PARTNER.VERSION)
                .from(PARTNER)
                .where(condition)
                .orderBy(PARTNER.NAME.collate(BY_CODE_POINT), PARTNER.ID)
                .fetch(Records.mapping(JooqPartners::partner));
    }

    private void insertChildren(Partner partner) {
        List<Row6<UUID, Integer, String, String, String, Boolean>> identifiers = identifierRows(partner);
        if (!identifiers.isEmpty()) {
            dsl.insertInto(PARTNER_IDENTIFIER, PARTNER_IDENTIFIER.PARTNER_ID, PARTNER_IDENTIFIER.POSITION,
                            PARTNER_IDENTIFIER.SCHEME, PARTNER_IDENTIFIER.VALUE, PARTNER_IDENTIFIER.SOURCE,
                            PARTNER_IDENTIFIER.VERIFIED)
                    .valuesOfRows(identifiers)
                    .execute();
        }
        List<Row9<UUID, Integer, String, LocalDate, String, String, String, String, Boolean>> events = eventRows(partner);
        if (!events.isEmpty()) {
            dsl.insertInto(PARTNER_EVENT, PARTNER_EVENT.PARTNER_ID, PARTNER_EVENT.POSITION, PARTNER_EVENT.KIND,
                            PARTNER_EVENT.OCCURRED_ON, PARTNER_EVENT.OCCURRED_PRECISION, PARTNER_EVENT.FORMER_NAME,
                            PARTNER_EVENT.SUCCESSOR_NAME, PARTNER_EVENT.SOURCE, PARTNER_EVENT.VERIFIED)
                    .valuesOfRows(events)
                    .execute();
        }
    }

    // Rows to partners ------------------------------------------------------------------------------------------

    private static Partner partner(UUID id, String name, String kind, List<RecordedIdentifier> identifiers,
                                   String website, String role, List<PartnerEvent> history, Long version) {
        return new Partner(new PartnerId(id), name, PartnerKind.valueOf(kind), identifiers,
                Optional.ofNullable(website).map(URI::create), role, history, version);
    }

    private static RecordedIdentifier identifier(String scheme, String value, String source, Boolean verified) {
        return new RecordedIdentifier(OrganisationIdentifier.of(IdentifierScheme.valueOf(scheme), value),
                new Provenance(source, verified));
    }

    private static PartnerEvent event(String kind, LocalDate occurredOn, String precision, String formerName,
                                      String successorName, String source, Boolean verified) {
        Optional<ApproximateDate> when = Optional.ofNullable(occurredOn)
                .map(date -> new ApproximateDate(date, DatePrecision.valueOf(precision)));
        Provenance provenance = new Provenance(source, verified);
        return switch (kind) {
            case "RENAMED" -> new PartnerEvent.Renamed(when, formerName, provenance);
            case "MERGED" -> new PartnerEvent.Merged(when, successorName, provenance);
            case "ABOLISHED" -> new PartnerEvent.Abolished(when, provenance);
            default -> throw new IllegalStateException("partner_event.kind holds an unknown kind: " + kind);
        };
    }

    // Partners to rows ------------------------------------------------------------------------------------------

    private PartnerRecord partnerRow(Partner partner) {
        PartnerRecord row = dsl.newRecord(PARTNER);
        row.setId(partner.id().value());
        row.setName(partner.name());
        row.setKind(partner.kind().name());
        row.setWebsite(partner.website().map(URI::toString).orElse(null));
        row.setRole(partner.role());
        row.setVersion(partner.version());
        return row;
    }

    private static List<Row6<UUID, Integer, String, String, String, Boolean>> identifierRows(Partner partner) {
        List<RecordedIdentifier> identifiers = partner.identifiers();
        return IntStream.range(0, identifiers.size()).mapToObj(position -> {
            RecordedIdentifier recorded = identifiers.get(position);
            return row(partner.id().value(), position, recorded.identifier().scheme().name(),
                    recorded.identifier().value(), recorded.provenance().source(), recorded.provenance().verified());
        }).toList();
    }

    private static List<Row9<UUID, Integer, String, LocalDate, String, String, String, String, Boolean>> eventRows(
            Partner partner) {
        List<PartnerEvent> history = partner.history();
        return IntStream.range(0, history.size()).mapToObj(position -> switch (history.get(position)) {
            case PartnerEvent.Renamed(var when, var formerName, var provenance) ->
                    eventRow(partner.id(), position, "RENAMED", when, formerName, null, provenance);
            case PartnerEvent.Merged(var when, var successorName, var provenance) ->
                    eventRow(partner.id(), position, "MERGED", when, null, successorName, provenance);
            case PartnerEvent.Abolished(var when, var provenance) ->
                    eventRow(partner.id(), position, "ABOLISHED", when, null, null, provenance);
        }).toList();
    }

    private static Row9<UUID, Integer, String, LocalDate, String, String, String, String, Boolean> eventRow(
            PartnerId partner, int position, String kind, Optional<ApproximateDate> when, String formerName,
            String successorName, Provenance provenance) {
        return row(partner.value(), position, kind, when.map(ApproximateDate::date).orElse(null),
                when.map(date -> date.precision().name()).orElse(null), formerName, successorName,
                provenance.source(), provenance.verified());
    }
}
