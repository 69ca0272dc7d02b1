package org.bettercaretogether.web.directory;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.partner.IdentifierScheme;
import org.bettercaretogether.domain.partner.OrganisationIdentifier;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * Correcting a partner organisation: what {@code PUT /api/v1/staff/partners/{id}} takes ({@link Revision}), what
 * the form at {@code /staff/reference-data/partners/{id}} holds ({@link Form}) and shows ({@link Page}). Its
 * history (renames, a merger, an abolition) is kept as it is.
 */
public final class PartnerCorrection {

    /** How many empty rows the form offers for codes not yet recorded. */
    static final int SPARE_ROWS = 2;
    /** How many rows of codes a form is read for, at most. */
    static final int MAXIMUM_ROWS = 20;
    private static final String WEB_ADDRESS = "must be a full web address starting with https:// or http://";

    private PartnerCorrection() {
    }

    /**
     * A corrected partner, in the shape the public API answers it: name, {@code kind} (such as
     * {@code ACUTE_HOSPITAL_TRUST}), website (absent or empty: none), role, and every code in a public code list
     * with where it comes from ({@code scheme} {@code ODS} or {@code GSS}, {@code value}, {@code source},
     * {@code verified}); with the version read.
     */
    public record Revision(Long version, String name, String kind, String website, String role,
                           List<PartnerDetails.Identifier> identifiers) {

        Outcome<Partner> applyTo(Partner current, FieldChecks checks) {
            Corrections.requireVersion(version, checks);
            checks.required("name", name, "Enter the organisation's name");
            Optional<PartnerKind> kindOf = Optional.empty();
            if (checks.required("kind", kind, "Select the kind of organisation")) {
                kindOf = Corrections.oneOf(PartnerKind.class, kind, "kind", "Kind", checks);
            }
            Optional<Optional<URI>> address = website == null || website.isBlank() ? Optional.of(Optional.empty())
                    : checks.check("website", "Website", () -> Optional.of(webAddress(website.strip())));
            checks.required("role", role, "Describe the organisation's role in the programme");
            Optional<List<RecordedIdentifier>> codes = Optional.empty();
            if (checks.required("identifiers", identifiers, "List the organisation's codes, or none")) {
                codes = identifiers(checks);
            }
            // each text on its own, so that every field at fault is named at once
            checks.check(() -> with(current, name, current.website(), current.role()), new Field("name", "name", "Name"));
            checks.check(() -> with(current, current.name(), current.website(), role), new Field("role", "role", "Role"));
            address.ifPresent(given -> checks.check(() -> with(current, current.name(), given, current.role()),
                    new Field("website", "website", "Website")));
            Optional<PartnerKind> finalKind = kindOf;
            Optional<List<RecordedIdentifier>> finalCodes = codes;
            return checks.outcome(() -> new Partner(current.id(), name, finalKind.orElseThrow(), finalCodes.orElseThrow(),
                    address.orElseThrow(), role, current.history(), version),
                    new Field("identifiers", "identifiers", "Codes"), new Field("website", "website", "Website"));
        }

        /** The codes given; a row with neither a code nor a source is an empty row of the form, and is skipped. */
        private Optional<List<RecordedIdentifier>> identifiers(FieldChecks checks) {
            List<RecordedIdentifier> codes = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < identifiers.size(); i++) {
                PartnerDetails.Identifier row = identifiers.get(i);
                if (row == null || (blank(row.value()) && blank(row.source()))) {
                    continue;
                }
                String at = "identifiers[" + i + "]";
                Optional<IdentifierScheme> scheme = Optional.empty();
                if (checks.required(at + ".scheme", row.scheme(), "Select the code list the code comes from")) {
                    scheme = Corrections.oneOf(IdentifierScheme.class, row.scheme(), at + ".scheme", "Code list", checks);
                }
                Optional<OrganisationIdentifier> code = Optional.empty();
                if (checks.required(at + ".value", row.value(), "Enter the code, or empty the row's source as well")
                        && scheme.isPresent()) {
                    IdentifierScheme list = scheme.get();
                    code = checks.check(at + ".value", "Code " + row.value().strip(),
                            () -> OrganisationIdentifier.of(list, row.value()));
                }
                Optional<Provenance> source = Optional.empty();
                if (checks.required(at + ".source", row.source(), "Enter where the code comes from")) {
                    source = checks.check(at + ".source", "Source", () -> new Provenance(row.source(), row.verified()));
                }
                if (code.isPresent() && source.isPresent()) {
                    codes.add(new RecordedIdentifier(code.get(), source.get()));
                } else {
                    complete = false;
                }
            }
            return complete ? Optional.of(codes) : Optional.empty();
        }

        private static Partner with(Partner current, String name, Optional<URI> website, String role) {
            return new Partner(current.id(), name, current.kind(), current.identifiers(), website, role,
                    current.history(), current.version());
        }

        private static URI webAddress(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException notAnAddress) {
                throw new InvalidValueException("website", WEB_ADDRESS);
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** The form's values as the person sees them, with a row per code and a few empty rows for new ones. */
    public record Form(String version, String name, String kind, String website, String role,
                       List<IdentifierRow> identifiers) {

        /** The field ids, in the order the page shows them (each row's are {@code identifiers-N-...}). */
        static final List<String> FIELDS = List.of(Corrections.VERSION, "name", "kind", "website", "role",
                "identifiers");

        public Form {
            identifiers = List.copyOf(identifiers);
        }

        /** One row of codes: ids {@code identifiers-0-scheme}, {@code identifiers-0-value} and so on. */
        public record IdentifierRow(String scheme, String value, String source, boolean verified) {

            static final IdentifierRow EMPTY = new IdentifierRow("", "", "", false);
        }

        static Form of(Partner partner) {
            List<IdentifierRow> rows = new ArrayList<>(partner.identifiers().stream().map(recorded -> new IdentifierRow(
                    recorded.identifier().scheme().name(), recorded.identifier().value(),
                    recorded.provenance().source(), recorded.provenance().verified())).toList());
            for (int i = 0; i < SPARE_ROWS; i++) {
                rows.add(IdentifierRow.EMPTY);
            }
            return new Form(Long.toString(partner.version()), partner.name(), partner.kind().name(),
                    partner.website().map(URI::toString).orElse(""), partner.role(), rows);
        }

        static Form read(Context ctx) {
            List<IdentifierRow> rows = new ArrayList<>();
            for (int i = 0; i < MAXIMUM_ROWS && ctx.formParam("identifiers-" + i + "-value") != null; i++) {
                String row = "identifiers-" + i + "-";
                rows.add(new IdentifierRow(Requests.field(ctx, row + "scheme"), Requests.field(ctx, row + "value"),
                        Requests.field(ctx, row + "source"), Requests.ticked(ctx, row + "verified")));
            }
            return new Form(Requests.field(ctx, "version"), Requests.field(ctx, "name"),
                    Requests.field(ctx, "kind"), Requests.field(ctx, "website"), Requests.field(ctx, "role"),
                    rows);
        }

        Revision revision(FieldChecks checks) {
            return new Revision(Corrections.version(version, checks), name, kind, website, role,
                    identifiers.stream().map(row -> new PartnerDetails.Identifier(row.scheme(), null, row.value(),
                            row.source(), row.verified())).toList());
        }
    }

    /** The model of the form's page. */
    public record Page(String id, String currentName, Form form, List<Choice> kinds, List<Choice> schemes,
                       FormErrors errors) {

        public String heading() {
            return "Correct " + currentName;
        }

        public String title() {
            return errors.isEmpty() ? heading() : "Error: " + heading();
        }

        public String action() {
            return Corrections.PAGES + "/partners/" + id;
        }

        public String publicPage() {
            return PartnerDetails.PAGES + "/" + id;
        }

        static Page of(Partner current, Form form, FormErrors errors) {
            return new Page(current.id().toString(), current.name(), form,
                    Arrays.stream(PartnerKind.values()).map(k -> new Choice(k.name(), k.description())).toList(),
                    Arrays.stream(IdentifierScheme.values()).map(s -> new Choice(s.name(), s.description())).toList(),
                    errors);
        }
    }
}
