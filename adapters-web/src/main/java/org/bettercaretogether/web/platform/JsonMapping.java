package org.bettercaretogether.web.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON configuration of the web adapter (Jackson 3). */
final class JsonMapping {

    /**
     * What a JSON body may be, beyond the 1 MB Javalin takes: no API body of this service nests more than a few levels,
     * so 64 is plenty (Jackson's default of 500 lets a small body cost deep recursion), and no number it takes needs
     * more than 50 digits. A body past either limit is a 400.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(50)
            .build();

    private JsonMapping() {
    }

    /**
     * Dates and times as ISO-8601 strings ({@code "2025-01-31T09:30:00Z"}); members whose value is
     * {@code null} are left out rather than written as {@code null} (an absent member means "no value").
     * Empty lists are still written ({@code "items": []}).
     *
     * <p>Not {@code JavalinJackson3.defaultMapper()}: that one turns {@code WRITE_DATES_AS_TIMESTAMPS} on, so
     * an {@code Instant} would come out as a number.
     */
    static JsonMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
