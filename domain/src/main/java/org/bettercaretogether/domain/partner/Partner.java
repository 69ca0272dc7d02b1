package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of the health and care organisations that make up the vanguard: hospital, community, mental health and
 * ambulance trusts, the county councils, the commissioners and the GP federations.
 *
 * <p>A partner keeps its history: a rename records the former name, a merger or abolition is dated and ends
 * the organisation's own life, after which nothing more can happen to it.
 *
 * @param id          stable identity, kept across renames
 * @param name        the organisation's current name
 * @param kind        what sort of organisation it is
 * @param identifiers its codes in public code lists, each with how sure the programme is of it
 * @param website     its public website, if it has one
 * @param role        what it does in the programme
 * @param history     what has happened to it, oldest first
 * @param version     zero before it is stored, then counting up with each change
 */
public record Partner(PartnerId id, String name, PartnerKind kind, List<RecordedIdentifier> identifiers,
                     Optional<URI> website, String role, List<PartnerEvent> history, long version) {

    public Partner {
        Require.present(id, "id");
        name = Require.text(name, "name", 200);
        Require.present(kind, "kind");
        identifiers = Require.listOf(identifiers, "identifiers");
        Set<OrganisationIdentifier> codes = identifiers.stream().map(RecordedIdentifier::identifier)
                .collect(Collectors.toSet());
        if (codes.size() != identifiers.size()) {
            throw new InvalidValueException("identifiers", "must not hold the same code twice");
        }
        Require.present(website, "website");
        website.ifPresent(Partner::requireWebAddress);
        role = Require.text(role, "role", 2_000);
        history = Require.listOf(history, "history");
        for (int i = 0; i < history.size() - 1; i++) {
            if (history.get(i).ends()) {
                throw new InvalidValueException("history", "nothing can happen to a partner after it merged or was abolished");
            }
        }
        Require.version(version);
    }

    /** A partner that has not been stored yet. */
    public static Partner newPartner(PartnerId id, String name, PartnerKind kind, List<RecordedIdentifier> identifiers,
                                     Optional<URI> website, String role) {
        return new Partner(id, name, kind, identifiers, website, role, List.of(), 0);
    }

    /** The same partner as stored at {@code storedVersion}. */
    public Partner withVersion(long storedVersion) {
        return new Partner(id, name, kind, identifiers, website, role, history, storedVersion);
    }

    /** Whether the organisation still exists on its own. */
    public boolean isActive() {
        return history.isEmpty() || !history.getLast().ends();
    }

    /** The names it had before, oldest first. */
    public List<String> formerNames() {
        return history.stream().filter(PartnerEvent.Renamed.class::isInstance)
                .map(event -> ((PartnerEvent.Renamed) event).formerName()).toList();
    }

    /** This partner under a new name, with the name it had kept in its history. */
    public Partner renamed(String newName, Optional<ApproximateDate> when, Provenance provenance) {
        return after(new PartnerEvent.Renamed(when, name, provenance), newName);
    }

    /** This partner after it joined with others into {@code successorName}. */
    public Partner mergedInto(String successorName, Optional<ApproximateDate> when, Provenance provenance) {
        return after(new PartnerEvent.Merged(when, successorName, provenance), name);
    }

    /** This partner after it was abolished. */
    public Partner abolished(Optional<ApproximateDate> when, Provenance provenance) {
        return after(new PartnerEvent.Abolished(when, provenance), name);
    }

    private Partner after(PartnerEvent event, String nameAfterwards) {
        if (!isActive()) {
            throw new InvalidValueException("history", "nothing can happen to a partner after it merged or was abolished");
        }
        List<PartnerEvent> extended = new ArrayList<>(history);
        extended.add(event);
        return new Partner(id, nameAfterwards, kind, identifiers, website, role, extended, version);
    }

    private static void requireWebAddress(URI address) {
        String scheme = address.getScheme();
        if (!address.isAbsolute() || address.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new InvalidValueException("website", "must be a full web address starting with https:// or http://");
        }
    }
}
