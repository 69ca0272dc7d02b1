package org.bettercaretogether.application.directory;

import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.workstream.Workstream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Each directory record as named fields and their values in words, for the audit log's before and after. */
final class DirectoryDescriptions {

    private DirectoryDescriptions() {
    }

    static Map<String, String> of(Partner partner) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", partner.name());
        fields.put("kind", partner.kind().name());
        fields.put("identifiers", partner.identifiers().stream().map(DirectoryDescriptions::identifier)
                .collect(Collectors.joining("; ")));
        fields.put("website", partner.website().map(Object::toString).orElse(""));
        fields.put("role", partner.role());
        fields.put("history", partner.history().toString());
        return fields;
    }

    static Map<String, String> of(ClinicalNetwork network) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", network.slug().value());
        fields.put("name", network.name());
        fields.put("description", network.description());
        fields.put("grouping", provenance(network.grouping()));
        return fields;
    }

    static Map<String, String> of(IntegratedCareCommunity community) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", community.slug().value());
        fields.put("name", community.name());
        fields.put("network", community.network().toString());
        fields.put("towns", String.join(", ", community.coverage().towns()));
        fields.put("postcodeDistricts", community.coverage().districts().stream().map(PostcodeDistrict::value)
                .collect(Collectors.joining(", ")));
        fields.put("coverage", provenance(community.coverage().provenance()));
        fields.put("population", community.population()
                .map(population -> population.people() + " (" + population.basis() + "; "
                        + provenance(population.provenance()) + ")").orElse(""));
        fields.put("stage", community.stage().map(stage -> stage.stage() + " since " + stage.reachedOn()).orElse(""));
        return fields;
    }

    static Map<String, String> of(Workstream workstream) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", workstream.slug().value());
        fields.put("name", workstream.name());
        fields.put("scope", workstream.scope());
        fields.put("careSettings", workstream.careSettingsInOrder().toString());
        fields.put("lead", workstream.lead().map(PartnerId::toString).orElse(""));
        fields.put("involved", workstream.involved().stream().map(PartnerId::toString).sorted()
                .collect(Collectors.joining(", ")));
        fields.put("phase", workstream.phase().name());
        return fields;
    }

    private static String identifier(RecordedIdentifier recorded) {
        return recorded.identifier().scheme() + " " + recorded.identifier().value() + " ("
                + provenance(recorded.provenance()) + ")";
    }

    private static String provenance(Provenance provenance) {
        return (provenance.verified() ? "verified: " : "unverified: ") + provenance.source();
    }
}
