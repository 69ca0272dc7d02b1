package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.domain.vanguard.Vanguard;

/** The programme as the public sees it: its aim, the triple aim and the people it serves. */
public record VanguardView(String name, String area, String aim, List<Aim> tripleAim, int populationServed,
                           SourceView populationSource, Links links) {

    static final String API = "/api/v1/vanguard";
    static final String PAGE = "/";

    /** One outcome of the triple aim: its code and how the programme says it. */
    public record Aim(String dimension, String description) {
    }

    static VanguardView of(Vanguard vanguard) {
        return new VanguardView(vanguard.name(), vanguard.area(), vanguard.aim(),
                vanguard.tripleAimInOrder().stream().map(d -> new Aim(d.name(), d.description())).toList(),
                vanguard.populationServed(), SourceView.of(vanguard.populationSource()), new Links(API, PAGE));
    }
}
