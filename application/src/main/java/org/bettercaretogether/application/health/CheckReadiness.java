package org.bettercaretogether.application.health;

/** Is the service ready to answer the public: can it reach its records? */
public interface CheckReadiness {

    boolean ready();
}
