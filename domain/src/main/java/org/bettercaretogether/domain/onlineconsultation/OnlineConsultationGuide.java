package org.bettercaretogether.domain.onlineconsultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a community's people need to know to see a clinician without going in: which online and video consultations
 * the community's GP practices offer and how to start one, in plain words (paragraphs separated by a blank line), and
 * the address of the NHS's own service where a consultation is begun. The address must be an NHS one over HTTPS, so
 * the page never sends a person to give clinical details anywhere else. Each change quotes the {@link #version()} it
 * was made on.
 */
public record OnlineConsultationGuide(CommunityId community, String explanation, URI nhsService, Instant changedAt,
                                      long version) {

    /** The longest explanation, in characters: a few short paragraphs. */
    public static final int EXPLANATION_MAX_LENGTH = 2_000;

    public OnlineConsultationGuide {
        Require.present(community, "community");
        explanation = explanation(explanation);
        Require.present(nhsService, "nhsService");
        Require.present(changedAt, "changedAt");
        Require.version(version);
    }

    /** The explanation as it is kept: required, trimmed, lines ending in {@code \n}. */
    public static String explanation(String explanation) {
        Require.present(explanation, "explanation");
        return Require.text(explanation.replace("\r\n", "\n").replace('\r', '\n'), "explanation",
                EXPLANATION_MAX_LENGTH);
    }

    /**
     * The address of an NHS service: an absolute {@code https} address on {@code nhs.uk} or one of its sub-domains,
     * such as {@code https://www.nhs.uk/nhs-services/gps/using-online-services/}.
     */
    public static URI nhsService(String address) {
        Require.text(address, "nhsService", 500);
        try {
            URI uri = new URI(address.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || !(host.equals("nhs.uk") || host.endsWith(".nhs.uk"))) {
                throw new InvalidValueException("nhsService", "must be an https address on nhs.uk");
            }
            return uri;
        } catch (URISyntaxException malformed) {
            throw new InvalidValueException("nhsService", "must be an https address on nhs.uk");
        }
    }

    /** The explanation's paragraphs, in order, each one's lines joined. */
    public List<String> paragraphs() {
        return Arrays.stream(explanation.split("\n[ \t]*\n"))
                .map(paragraph -> paragraph.strip().replaceAll("[ \t]*\n[ \t]*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    public OnlineConsultationGuide withVersion(long newVersion) {
        return new OnlineConsultationGuide(community, explanation, nhsService, changedAt, newVersion);
    }
}
