package org.bettercaretogether.web.mail;

import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.ManageUndeliveredMail;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** The routes of undelivered mail (behind the staff gate): a page and the staff API. */
public final class MailWeb extends FeatureRoutes {

    @Inject
    public MailWeb(ManageUndeliveredMail undelivered) {
        super(new UndeliveredMailRoutes(undelivered), new UndeliveredMailApiRoutes(undelivered));
    }
}
