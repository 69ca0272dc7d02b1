package org.bettercaretogether.web.directory;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.directory.WorkstreamProfile;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * Correcting a workstream of the service review: what {@code PUT /api/v1/staff/workstreams/{slug}} takes
 * ({@link Revision}), what the form at {@code /staff/reference-data/workstreams/{slug}} holds ({@link Form}) and
 * shows ({@link Page}).
 */
public final class WorkstreamCorrection {

    private WorkstreamCorrection() {
    }

    /**
     * A corrected workstream: name, scope, the care settings it covers ({@code HOSPITAL}, {@code COMMUNITY},
     * {@code GP_SURGERY}, {@code HOME}; at least one), its {@code phase} (such as {@code ENGAGEMENT}), the id of its
     * lead partner (absent, null or empty: none recorded) and the ids of the other partners involved; with the
     * version read.
     */
    public record Revision(Long version, String name, String scope, List<String> careSettings, String phase,
                           String lead, List<String> involved) {

        Outcome<Workstream> applyTo(Workstream current, FieldChecks checks) {
            Corrections.requireVersion(version, checks);
            checks.required("name", name, "Enter the workstream's name");
            checks.required("scope", scope, "Describe what the workstream looks at");
            Optional<Set<CareSetting>> settings = Optional.empty();
            if (checks.required("careSettings", careSettings, "Select where the care it looks at is given")) {
                if (careSettings.isEmpty()) {
                    checks.add("careSettings", "Select at least one place where the care it looks at is given");
                }
                settings = Corrections.each(careSettings, setting -> Corrections.oneOf(CareSetting.class, setting,
                        "careSettings", "Care settings", checks)).map(HashSet::new);
            }
            Optional<WorkstreamPhase> phaseOf = Optional.empty();
            if (checks.required("phase", phase, "Select how far the workstream has come")) {
                phaseOf = Corrections.oneOf(WorkstreamPhase.class, phase, "phase", "Phase", checks);
            }
            Optional<Optional<PartnerId>> leadOf = lead == null || lead.isBlank() ? Optional.of(Optional.empty())
                    : checks.check("lead", "Lead partner", () -> Optional.of(PartnerId.parse(lead)));
            Optional<Set<PartnerId>> involvedOf = Optional.empty();
            if (checks.required("involved", involved, "List the partners involved, or none")) {
                involvedOf = Corrections.each(involved, id -> checks.check("involved", "Partners involved",
                        () -> PartnerId.parse(id))).map(HashSet::new);
            }
            // each text on its own, so that every field at fault is named at once
            checks.check(() -> with(current, name, current.scope()), new Field("name", "name", "Name"));
            checks.check(() -> with(current, current.name(), scope), new Field("scope", "scope", "Scope"));
            Optional<Set<CareSetting>> finalSettings = settings;
            Optional<WorkstreamPhase> finalPhase = phaseOf;
            Optional<Set<PartnerId>> finalInvolved = involvedOf;
            return checks.outcome(() -> new Workstream(current.id(), current.slug(), name, scope,
                    finalSettings.orElseThrow(), leadOf.orElseThrow(), finalInvolved.orElseThrow(),
                    finalPhase.orElseThrow(), version),
                    new Field("careSettings", "careSettings", "Care settings"),
                    new Field("involved", "involved", "Partners involved"));
        }

        private static Workstream with(Workstream current, String name, String scope) {
            return new Workstream(current.id(), current.slug(), name, scope, current.careSettings(), current.lead(),
                    current.involved(), current.phase(), current.version());
        }
    }

    /** The form's values as the person sees them; field ids {@code care-settings}, {@code lead}, {@code involved}. */
    public record Form(String version, String name, String scope, Set<String> careSettings, String phase,
                       String lead, Set<String> involved) {

        /** The field ids, in the order the page shows them. */
        static final List<String> FIELDS = List.of(Corrections.VERSION, "name", "scope", "care-settings", "phase",
                "lead", "involved");

        public Form {
            careSettings = Set.copyOf(careSettings);
            involved = Set.copyOf(involved);
        }

        static Form of(Workstream workstream) {
            return new Form(Long.toString(workstream.version()), workstream.name(), workstream.scope(),
                    Set.copyOf(workstream.careSettings().stream().map(CareSetting::name).toList()),
                    workstream.phase().name(), workstream.lead().map(PartnerId::toString).orElse(""),
                    Set.copyOf(workstream.involved().stream().map(PartnerId::toString).toList()));
        }

        static Form read(Context ctx) {
            return new Form(Requests.field(ctx, "version"), Requests.field(ctx, "name"),
                    Requests.field(ctx, "scope"), Set.copyOf(ctx.formParams("care-settings")),
                    Requests.field(ctx, "phase"), Requests.field(ctx, "lead"),
                    Set.copyOf(ctx.formParams("involved")));
        }

        Revision revision(FieldChecks checks) {
            return new Revision(Corrections.version(version, checks), name, scope,
                    careSettings.stream().sorted().toList(), phase, lead, involved.stream().sorted().toList());
        }
    }

    /** The model of the form's page. */
    public record Page(String slug, String currentName, Form form, List<Choice> careSettings, List<Choice> phases,
                       List<Choice> partners, FormErrors errors) {

        public String heading() {
            return "Correct the " + currentName + " workstream";
        }

        public String title() {
            return errors.isEmpty() ? heading() : "Error: " + heading();
        }

        public String action() {
            return Corrections.PAGES + "/workstreams/" + slug;
        }

        public String publicPage() {
            return WorkstreamDetails.PAGES + "/" + slug;
        }

        static Page of(WorkstreamProfile current, Form form, List<Partner> partners, FormErrors errors) {
            Workstream workstream = current.workstream();
            return new Page(workstream.slug().value(), workstream.name(), form,
                    Arrays.stream(CareSetting.values()).map(s -> new Choice(s.name(), s.description())).toList(),
                    Arrays.stream(WorkstreamPhase.values()).map(p -> new Choice(p.name(), p.description())).toList(),
                    partners.stream().map(p -> new Choice(p.id().toString(), p.name())).toList(), errors);
        }
    }
}
