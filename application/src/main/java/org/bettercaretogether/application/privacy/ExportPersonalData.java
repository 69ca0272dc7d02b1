package org.bettercaretogether.application.privacy;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

/**
 * Administrators answer a person's request to see everything held about them (subject access): found by the email
 * address or the telephone number they give, as one export. Each export is recorded in the audit log by its id and
 * what it counted, never by the address, the number or what it holds.
 */
public interface ExportPersonalData {

    Outcome<PersonalDataExport> export(Actor actor, DataSubject subject);
}
