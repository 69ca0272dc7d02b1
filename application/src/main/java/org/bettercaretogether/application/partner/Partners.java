package org.bettercaretogether.application.partner;

import org.bettercaretogether.application.shared.DirectoryRecords;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;

/** Every partner organisation the programme knows. */
public interface Partners extends DirectoryRecords<Partner, PartnerId> {
}
