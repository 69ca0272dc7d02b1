package org.bettercaretogether.application.change;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/** What anyone may read of the changes made: for the programme, for one community, for one workstream. */
public interface YouSaidWeDid {

    /** Every change, the made ones first (latest made first), then in progress, then planned. */
    List<ChangeSummary> programme();

    /** The changes of one community. */
    Outcome<List<ChangeSummary>> community(Slug slug);

    /** The changes of one workstream. */
    Outcome<List<ChangeSummary>> workstream(Slug slug);
}
