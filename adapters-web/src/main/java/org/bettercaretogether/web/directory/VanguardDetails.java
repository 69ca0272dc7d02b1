package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.domain.vanguard.Vanguard;

/** The programme as the public sees it: its aim, the triple aim and the people it serves. */
public record VanguardDetails(String name, String area, String aim, List<Aim> tripleAim, int populationServed,
                           SourceDetails populationSource, Links links) {

    static final String API = "/api/v1/vanguard";
    static final String PAGE = "/";

    /** One outcome of the triple aim: its code and how the programme says it. */
    public record Aim(String dimension, String description) {
    }

    static VanguardDetails of(Vanguard vanguard) {
        return new VanguardDetails(vanguard.name(), vanguard.area(), vanguard.aim(),
                vanguard.tripleAimInOrder().stream().map(d -> new Aim(d.name(), d.description())).toList(),
                vanguard.populationServed(), SourceDetails.of(vanguard.populationSource()), new Links(API, PAGE));
    }
}
