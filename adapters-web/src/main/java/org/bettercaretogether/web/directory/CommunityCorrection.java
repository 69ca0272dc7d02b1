package org.bettercaretogether.web.directory;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.Population;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * Correcting an Integrated Care Community: what {@code PUT /api/v1/staff/communities/{slug}} takes
 * ({@link Revision}), what the form at {@code /staff/reference-data/communities/{slug}} holds ({@link Form}) and
 * shows ({@link Page}). The slug, the address of the community's public page, stays as it is.
 */
public final class CommunityCorrection {

    private CommunityCorrection() {
    }

    /**
     * A corrected community, in the shape the public API answers it: its name, its network's slug, the towns
     * and postcode districts, where they come from ({@code coverage}), and optionally its population and its
     * development stage (absent or {@code null}: not recorded); with the {@code version} it was read at.
     */
    public record Revision(Long version, String name, String network, List<String> towns,
                           List<String> postcodeDistricts, SourceDetails coverage, CommunityDetails.Population population,
                           CommunityDetails.Stage stage) {

        /** {@code current} as corrected, or the problems of each field. */
        Outcome<IntegratedCareCommunity> applyTo(IntegratedCareCommunity current, List<ClinicalNetwork> networks,
                                                 FieldChecks checks) {
            Corrections.requireVersion(version, checks);
            checks.required("name", name, "Enter the community's name");
            Optional<NetworkId> networkId = network(networks, checks);
            Optional<List<String>> townList = Optional.empty();
            if (checks.required("towns", towns, "List the towns and villages the community serves")) {
                townList = checks.check("towns", "Towns",
                        () -> new Coverage(towns, List.of(), current.coverage().provenance()).towns());
            }
            Optional<List<PostcodeDistrict>> districts = Optional.empty();
            if (checks.required("postcodeDistricts", postcodeDistricts, "List the postcode districts the community serves")) {
                districts = Corrections.each(postcodeDistricts, text -> checks.check("postcodeDistricts",
                        "Postcode district " + text, () -> new PostcodeDistrict(text)));
                districts = districts.flatMap(list -> checks.check("postcodeDistricts", "Postcode districts",
                        () -> new Coverage(List.of(), list, current.coverage().provenance()).districts()));
            }
            Optional<Provenance> coverageSource = SourceDetails.provenance(coverage, "coverage",
                    "Enter where the towns and postcode districts come from", checks);
            Optional<Optional<Population>> counted = population(checks);
            Optional<Optional<StageReached>> reached = stage(checks);
            Optional<List<String>> finalTowns = townList;
            Optional<List<PostcodeDistrict>> finalDistricts = districts;
            return checks.outcome(() -> new IntegratedCareCommunity(current.id(), current.slug(), name,
                    networkId.orElseThrow(), new Coverage(finalTowns.orElseThrow(), finalDistricts.orElseThrow(),
                    coverageSource.orElseThrow()), counted.orElseThrow(), reached.orElseThrow(), version),
                    new Field("name", "name", "Name"));
        }

        private Optional<NetworkId> network(List<ClinicalNetwork> networks, FieldChecks checks) {
            if (!checks.required("network", network, "Select the clinical network the community belongs to")) {
                return Optional.empty();
            }
            Optional<NetworkId> found = networks.stream().filter(n -> n.slug().value().equals(network))
                    .map(ClinicalNetwork::id).findFirst();
            if (found.isEmpty()) {
                checks.add("network", "Network must be the slug of one of the clinical networks: " + String.join(", ",
                        networks.stream().map(n -> n.slug().value()).toList()));
            }
            return found;
        }

        /** No population, a population, or empty with the problems recorded. */
        private Optional<Optional<Population>> population(FieldChecks checks) {
            if (population == null) {
                return Optional.of(Optional.empty());
            }
            checks.required("population.basis", population.basis(), "Enter what was counted, such as the registered "
                    + "GP practice population");
            Optional<Provenance> source = SourceDetails.provenance(
                    new SourceDetails(population.source(), population.verified()), "population",
                    "Enter where the population figure comes from", checks);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            return checks.check(() -> new Population(population.people(), population.basis(), source.orElseThrow()),
                    new Field("population", "population.people", "Population"),
                    new Field("populationBasis", "population.basis", "What was counted")).map(Optional::of);
        }

        /** No stage, a stage reached on a day, or empty with the problems recorded. */
        private Optional<Optional<StageReached>> stage(FieldChecks checks) {
            if (stage == null) {
                return Optional.of(Optional.empty());
            }
            Optional<DevelopmentStage> reached = Optional.empty();
            if (checks.required("stage.stage", stage.stage(), "Select the development stage, or leave both the stage "
                    + "and its date empty")) {
                reached = Corrections.oneOf(DevelopmentStage.class, stage.stage(), "stage.stage", "Development stage",
                        checks);
            }
            boolean dated = checks.required("stage.reachedOn", stage.reachedOn(), "Enter the date the stage was reached");
            if (reached.isEmpty() || !dated) {
                return Optional.empty();
            }
            return Optional.of(Optional.of(new StageReached(reached.get(), stage.reachedOn())));
        }
    }

    /**
     * The form's values as the person sees them: towns one per line, postcode districts separated by commas or
     * spaces, the date reached as day, month and year. Field ids follow the API's member names
     * ({@code postcode-districts}, {@code population-people}, {@code stage-reached-on}).
     */
    public record Form(String version, String name, String network, String towns, String postcodeDistricts,
                       String coverageSource, boolean coverageVerified, String populationPeople,
                       String populationBasis, String populationSource, boolean populationVerified, String stage,
                       String stageDay, String stageMonth, String stageYear) {

        /** The field ids, in the order the page shows them. */
        static final List<String> FIELDS = List.of(Corrections.VERSION, "name", "network", "towns",
                "postcode-districts", "coverage-source", "coverage-verified", "population-people", "population-basis",
                "population-source", "population-verified", "stage-stage", "stage-reached-on");

        static Form of(IntegratedCareCommunity community, ClinicalNetwork network) {
            var coverage = community.coverage();
            var population = community.population();
            var stage = community.stage();
            return new Form(Long.toString(community.version()), community.name(),
                    network == null ? "" : network.slug().value(), String.join("\n", coverage.towns()),
                    String.join(", ", coverage.districts().stream().map(PostcodeDistrict::value).toList()),
                    coverage.provenance().source(), coverage.provenance().verified(),
                    population.map(p -> Integer.toString(p.people())).orElse(""),
                    population.map(Population::basis).orElse(""),
                    population.map(p -> p.provenance().source()).orElse(""),
                    population.map(p -> p.provenance().verified()).orElse(false),
                    stage.map(s -> s.stage().name()).orElse(""),
                    stage.map(s -> Integer.toString(s.reachedOn().getDayOfMonth())).orElse(""),
                    stage.map(s -> Integer.toString(s.reachedOn().getMonthValue())).orElse(""),
                    stage.map(s -> Integer.toString(s.reachedOn().getYear())).orElse(""));
        }

        static Form read(Context ctx) {
            return new Form(Requests.field(ctx, "version"), Requests.field(ctx, "name"),
                    Requests.field(ctx, "network"), Requests.field(ctx, "towns"),
                    Requests.field(ctx, "postcode-districts"), Requests.field(ctx, "coverage-source"),
                    Requests.ticked(ctx, "coverage-verified"), Requests.field(ctx, "population-people"),
                    Requests.field(ctx, "population-basis"), Requests.field(ctx, "population-source"),
                    Requests.ticked(ctx, "population-verified"), Requests.field(ctx, "stage-stage"),
                    Requests.field(ctx, "stage-reached-on-day"), Requests.field(ctx, "stage-reached-on-month"),
                    Requests.field(ctx, "stage-reached-on-year"));
        }

        /** The correction the form asks for; what cannot be read (a number, a date) is a problem of its field. */
        Revision revision(FieldChecks checks) {
            Long read = Corrections.version(version, checks);
            List<String> districts = postcodeDistricts.isBlank() ? List.of()
                    : Arrays.asList(postcodeDistricts.strip().split("[,\\s]+"));
            CommunityDetails.Population population = null;
            if (!populationPeople.isEmpty() || !populationBasis.isEmpty() || !populationSource.isEmpty()) {
                int people = 0;
                if (populationPeople.replace(",", "").matches("[0-9]{1,9}")) {
                    people = Integer.parseInt(populationPeople.replace(",", ""));
                } else if (populationPeople.isEmpty()) {
                    checks.add("population.people", "Enter the number of people, or leave all the population "
                            + "fields empty");
                } else {
                    checks.add("population.people", "Population must be a whole number of people, like 18192");
                }
                population = new CommunityDetails.Population(people, populationBasis, populationSource,
                        populationVerified);
            }
            CommunityDetails.Stage reached = null;
            boolean noDate = stageDay.isEmpty() && stageMonth.isEmpty() && stageYear.isEmpty();
            if (!stage.isEmpty() || !noDate) {
                reached = new CommunityDetails.Stage(stage, null, noDate ? null : date(checks));
            }
            return new Revision(read, name, network, Corrections.lines(towns), districts,
                    new SourceDetails(coverageSource, coverageVerified), population, reached);
        }

        private LocalDate date(FieldChecks checks) {
            try {
                return LocalDate.of(Integer.parseInt(stageYear), Integer.parseInt(stageMonth), Integer.parseInt(stageDay));
            } catch (NumberFormatException | DateTimeException notADate) {
                checks.add("stage.reachedOn", "Date reached must be a real date, with a day, month and year, like 1 4 2024");
                return null;
            }
        }
    }

    /** The model of the form's page: the community's address and name as stored, the form, and the choices. */
    public record Page(String slug, String currentName, Form form, List<Choice> networks, List<Choice> stages,
                       FormErrors errors) {

        public String heading() {
            return "Correct the " + currentName + " community";
        }

        public String title() {
            return errors.isEmpty() ? heading() : "Error: " + heading();
        }

        public String action() {
            return Corrections.PAGES + "/communities/" + slug;
        }

        public String publicPage() {
            return CommunityDetails.PAGES + "/" + slug;
        }

        static Page of(CommunityProfile current, Form form, List<ClinicalNetwork> networks, FormErrors errors) {
            return new Page(current.community().slug().value(), current.community().name(), form,
                    networks.stream().map(n -> new Choice(n.slug().value(), n.name())).toList(),
                    Arrays.stream(DevelopmentStage.values()).map(s -> new Choice(s.name(), s.description())).toList(),
                    errors);
        }
    }
}
