package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.core.BetterCareTogether;
import org.bettercaretogether.memory.InMemoryModule;

/** The phone line on the library's in-memory adapters: no database, no mail server, a fresh store for each case. */
class PhoneLineInMemoryTest extends PhoneLineScenarios {

    @Override
    protected BetterCareTogether startLibrary() {
        return BetterCareTogether.builder().outboundPorts(new InMemoryModule()).build();
    }
}
