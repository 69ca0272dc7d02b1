package org.bettercaretogether.application.change;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/** What anyone may read of the changes made: for the programme, one community, one workstream, one consultation. */
public interface YouSaidWeDid {

    /** Every change, the made ones first (latest made first), then in progress, then planned. */
    List<ChangeSummary> programme();

    /** The changes of one community. */
    Outcome<List<ChangeSummary>> community(Slug slug);

    /** The changes of one workstream. */
    Outcome<List<ChangeSummary>> workstream(Slug slug);

    /** The changes that came from the consultation at {@code slug} (one the public may see; never a draft). */
    Outcome<List<ChangeSummary>> consultation(Slug slug);
}
