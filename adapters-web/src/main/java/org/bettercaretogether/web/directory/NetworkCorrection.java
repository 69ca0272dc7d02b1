package org.bettercaretogether.web.directory;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * Correcting a clinical network: what {@code PUT /api/v1/staff/networks/{slug}} takes ({@link Revision}), what
 * the form at {@code /staff/reference-data/networks/{slug}} holds ({@link Form}) and shows ({@link Page}). Which
 * communities belong to the network is corrected on each community.
 */
public final class NetworkCorrection {

    private NetworkCorrection() {
    }

    /** A corrected network: its name, description and where its grouping comes from; with the version read. */
    public record Revision(Long version, String name, String description, SourceDetails grouping) {

        Outcome<ClinicalNetwork> applyTo(ClinicalNetwork current, FieldChecks checks) {
            Corrections.requireVersion(version, checks);
            checks.required("name", name, "Enter the network's name");
            checks.required("description", description, "Describe the area the network covers");
            Optional<Provenance> source = SourceDetails.provenance(grouping, "grouping",
                    "Enter where the grouping of communities into this network comes from", checks);
            // each text on its own, so that every field at fault is named at once
            checks.check(() -> new ClinicalNetwork(current.id(), current.slug(), name, current.description(),
                    current.grouping(), current.version()), new Field("name", "name", "Name"));
            checks.check(() -> new ClinicalNetwork(current.id(), current.slug(), current.name(), description,
                    current.grouping(), current.version()), new Field("description", "description", "Description"));
            return checks.outcome(() -> new ClinicalNetwork(current.id(), current.slug(), name, description,
                    source.orElseThrow(), version));
        }
    }

    /** The form's values as the person sees them. */
    public record Form(String version, String name, String description, String groupingSource,
                       boolean groupingVerified) {

        /** The field ids, in the order the page shows them. */
        static final List<String> FIELDS = List.of(Corrections.VERSION, "name", "description", "grouping-source",
                "grouping-verified");

        static Form of(ClinicalNetwork network) {
            return new Form(Long.toString(network.version()), network.name(), network.description(),
                    network.grouping().source(), network.grouping().verified());
        }

        static Form read(Context ctx) {
            return new Form(Requests.field(ctx, "version"), Requests.field(ctx, "name"),
                    Requests.field(ctx, "description"), Requests.field(ctx, "grouping-source"),
                    Requests.ticked(ctx, "grouping-verified"));
        }

        Revision revision(FieldChecks checks) {
            return new Revision(Corrections.version(version, checks), name, description,
                    new SourceDetails(groupingSource, groupingVerified));
        }
    }

    /** The model of the form's page. */
    public record Page(String slug, String currentName, Form form, FormErrors errors) {

        public String heading() {
            return "Correct the " + currentName + " clinical network";
        }

        public String title() {
            return errors.isEmpty() ? heading() : "Error: " + heading();
        }

        public String action() {
            return Corrections.PAGES + "/networks/" + slug;
        }

        public String publicPage() {
            return NetworkDetails.PAGES + "/" + slug;
        }
    }
}
