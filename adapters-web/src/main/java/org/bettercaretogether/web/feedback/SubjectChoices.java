package org.bettercaretogether.web.feedback;

import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.web.platform.Choice;

/**
 * What a view can be about, as the directory has it now: the communities, workstreams and networks by slug and name,
 * for the form to offer. Whether a submission names one of them is the use case's to say.
 */
record SubjectChoices(Map<ViewAbout.Kind, List<Choice>> choices) {

    SubjectChoices {
        choices = Map.copyOf(choices);
    }

    static SubjectChoices of(BrowseDirectory directory) {
        return new SubjectChoices(Map.of(
                ViewAbout.Kind.PROGRAMME, List.of(),
                ViewAbout.Kind.COMMUNITY, directory.communities().stream()
                        .map(p -> new Choice(p.community().slug().value(), p.community().name())).toList(),
                ViewAbout.Kind.WORKSTREAM, directory.workstreams().stream()
                        .map(p -> new Choice(p.workstream().slug().value(), p.workstream().name())).toList(),
                ViewAbout.Kind.NETWORK, directory.networks().stream()
                        .map(p -> new Choice(p.network().slug().value(), p.network().name())).toList()));
    }

    List<Choice> of(ViewAbout.Kind kind) {
        return choices.get(kind);
    }
}
