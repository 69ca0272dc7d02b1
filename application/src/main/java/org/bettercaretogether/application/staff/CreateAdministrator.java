package org.bettercaretogether.application.staff;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;

/**
 * Create an administrator from the command line, where whoever runs it already controls the server: how the
 * first administrator comes to exist, since no default account exists anywhere. The answer carries a one-time
 * password to be replaced at first sign-in.
 */
public interface CreateAdministrator {

    Outcome<AccountWithPassword> create(EmailAddress email, String name, PartnerId partner);
}
