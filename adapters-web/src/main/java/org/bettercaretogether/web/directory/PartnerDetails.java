package org.bettercaretogether.web.directory;

import java.net.URI;
import java.util.List;
import org.bettercaretogether.domain.partner.ApproximateDate;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerEvent;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.RecordedIdentifier;

/**
 * A partner organisation as the public sees it: what it is, its codes in public code lists, its role in the
 * programme and what has happened to it. {@code website} is absent when none is recorded.
 */
public record PartnerDetails(String id, String name, String kind, String kindDescription, List<Identifier> identifiers,
                          String website, String role, boolean active, List<String> formerNames,
                          List<Event> history, Links links) {

    static final String API = "/api/v1/partners";
    static final String PAGES = "/partners";

    /** A code in a public code list, and how sure the programme is that it belongs to this partner. */
    public record Identifier(String scheme, String schemeDescription, String value, String source,
                             boolean verified) {
    }

    /**
     * Something that happened to the partner: {@code RENAMED}, {@code MERGED} or {@code ABOLISHED}. {@code date}
     * is written as far as it is known ("2023", "April 2023", "1 April 2023") and is absent when unknown;
     * {@code formerName} comes with a rename, {@code successorName} with a merger.
     */
    public record Event(String event, String description, String date, String datePrecision, String formerName,
                        String successorName, String source, boolean verified) {
    }

    /** A partner named from another record, such as the lead of a workstream. */
    public record Reference(String id, String name, Links links) {
    }

    /** Whether the organisation still exists, in words: "Active", "Abolished in 2023", "Merged into ...". */
    public String status() {
        if (active || history.isEmpty()) {
            return "Active";
        }
        Event last = history.getLast();
        String when = last.date() == null ? "" : " in " + last.date();
        return switch (last.event()) {
            case "MERGED" -> "Merged into " + last.successorName() + when;
            case "ABOLISHED" -> "Abolished" + when;
            default -> "No longer exists on its own" + when;
        };
    }

    static PartnerDetails of(Partner partner) {
        return new PartnerDetails(partner.id().toString(), partner.name(), partner.kind().name(),
                partner.kind().description(),
                partner.identifiers().stream().map(PartnerDetails::identifier).toList(),
                partner.website().map(URI::toString).orElse(null), partner.role(), partner.isActive(),
                partner.formerNames(), partner.history().stream().map(PartnerDetails::event).toList(),
                links(partner.id()));
    }

    static Reference reference(Partner partner) {
        return new Reference(partner.id().toString(), partner.name(), links(partner.id()));
    }

    private static Links links(PartnerId id) {
        return new Links(API + "/" + id, PAGES + "/" + id);
    }

    private static Identifier identifier(RecordedIdentifier recorded) {
        var code = recorded.identifier();
        return new Identifier(code.scheme().name(), code.scheme().description(), code.value(),
                recorded.provenance().source(), recorded.provenance().verified());
    }

    private static Event event(PartnerEvent event) {
        String date = event.when().map(ApproximateDate::toText).orElse(null);
        String precision = event.when().map(when -> when.precision().name()).orElse(null);
        String source = event.provenance().source();
        boolean verified = event.provenance().verified();
        return switch (event) {
            case PartnerEvent.Renamed renamed -> new Event("RENAMED",
                    "Renamed. Its name before was " + renamed.formerName() + ".",
                    date, precision, renamed.formerName(), null, source, verified);
            case PartnerEvent.Merged merged -> new Event("MERGED",
                    "Merged with other organisations to form " + merged.successorName() + ".",
                    date, precision, null, merged.successorName(), source, verified);
            case PartnerEvent.Abolished ignored -> new Event("ABOLISHED",
                    "Abolished. Its work passed to other organisations or ended.",
                    date, precision, null, null, source, verified);
        };
    }
}
