package org.bettercaretogether.domain.architecturefixture;

/** Breaks the dependency rule on purpose, to prove the architecture test would notice. Test code only. */
public final class DomainTypeUsingGuice {

    public Object injector() {
        return com.google.inject.Guice.createInjector();
    }
}
