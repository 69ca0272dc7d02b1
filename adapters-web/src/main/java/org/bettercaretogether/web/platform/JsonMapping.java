package org.bettercaretogether.web.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON configuration of the web adapter (Jackson 3). */
final class JsonMapping {

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
        return JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
