package org.bettercaretogether.web.insights;

import io.javalin.http.Context;
import org.bettercaretogether.application.insights.InsightsRequest;
import org.bettercaretogether.application.insights.InsightsService;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filters of the insights, as the page's form, the CSV links and the API send them: {@code from} and {@code to}
 * (months, {@code 2026-03}), {@code community}, {@code network} and {@code workstream} (slugs), {@code theme} (a
 * theme's id), {@code respondent} ({@code patient}, {@code member-of-public}...) and {@code channel} ({@code online},
 * {@code letter}...). Each value as given, to show the form again, and the request they make, or the fields at fault.
 */
public record InsightsParameters(String from, String to, String community, String network, String workstream,
                                 String theme, String respondent, String channel) {

    static final List<String> FIELDS = List.of("from", "to", "community", "network", "workstream", "theme",
            "respondent", "channel");

    static InsightsParameters of(Context ctx) {
        Function<String, String> value = name -> {
            String given = ctx.queryParam(name);
            return given == null ? "" : given.strip();
        };
        return new InsightsParameters(value.apply("from"), value.apply("to"), value.apply("community"),
                value.apply("network"), value.apply("workstream"), value.apply("theme"), value.apply("respondent"),
                value.apply("channel"));
    }

    /** The filters given, as a query string ({@code community=kendal&from=2026-01}); empty when none. */
    String queryString() {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> values = List.of(from, to, community, network, workstream, theme, respondent, channel);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!values.get(i).isEmpty()) {
                given.put(FIELDS.get(i), values.get(i));
            }
        }
        return given.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether any filter but the period is given. */
    boolean narrowed() {
        return !(community + network + workstream + theme + respondent + channel).isEmpty();
    }

    /** The request these values make; empty, with {@code errors} filled, when one of them is not one. */
    Optional<InsightsRequest> request(List<FieldError> errors) {
        Optional<YearMonth> first = parse(from, "from", errors, YearMonth::parse,
                "From must be a month, such as 2026-01");
        Optional<YearMonth> last = parse(to, "to", errors, YearMonth::parse, "To must be a month, such as 2026-12");
        Optional<Slug> communitySlug = parse(community, "community", errors, InsightsParameters::slug,
                "Community must be the address of a community, such as kendal");
        Optional<Slug> networkSlug = parse(network, "network", errors, InsightsParameters::slug,
                "Network must be the address of a clinical network");
        Optional<Slug> workstreamSlug = parse(workstream, "workstream", errors, InsightsParameters::slug,
                "Workstream must be the address of a workstream, such as elective-care");
        Optional<ThemeId> themeId = parse(theme, "theme", errors, text -> new ThemeId(UUID.fromString(text)),
                "Theme must be the id of a theme");
        Optional<ContributorRole> role = parse(respondent, "respondent", errors,
                text -> byKey(ContributorRole.values(), text), "Respondent must be one of "
                        + keys(ContributorRole.values()));
        Optional<Channel> way = parse(channel, "channel", errors, text -> byKey(Channel.values(), text),
                "Channel must be one of " + keys(Channel.values()));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InsightsRequest(first, last, communitySlug, networkSlug, workstreamSlug, themeId, role,
                way));
    }

    private static Slug slug(String text) {
        try {
            return new Slug(text);
        } catch (InvalidValueException notSlug) {
            throw new IllegalArgumentException(notSlug);
        }
    }

    private static <E extends Enum<E>> E byKey(E[] values, String key) {
        return Arrays.stream(values).filter(value -> InsightsService.key(value).equals(key)).findFirst()
                .orElseThrow(IllegalArgumentException::new);
    }

    private static String keys(Enum<?>[] values) {
        return Arrays.stream(values).map(InsightsService::key).collect(Collectors.joining(", "));
    }

    private static <T> Optional<T> parse(String text, String field, List<FieldError> errors,
                                         Function<String, T> parser, String message) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (RuntimeException notOne) {
            errors.add(new FieldError(field, message));
            return Optional.empty();
        }
    }
}
