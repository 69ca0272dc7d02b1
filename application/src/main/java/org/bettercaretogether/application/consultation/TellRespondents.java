package org.bettercaretogether.application.consultation;

import java.util.List;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.shared.EmailAddress;

/**
 * Tells the people who answered a consultation, and left an address to be told about it, that its results are
 * published. Called in the transaction that publishes them, which commits once for a consultation, so that each
 * address is written to once whichever instance of the service publishes them.
 */
public interface TellRespondents {

    /** Writes to each of {@code respondents} that the results of {@code consultation} are published. */
    void resultsPublished(Consultation consultation, List<EmailAddress> respondents);
}
