package org.bettercaretogether.application.health;

/** Is the service ready to answer the public: can it reach its records? And how does its work stand meanwhile? */
public interface CheckReadiness {

    boolean ready();

    /** What operators watch beside readiness, asked only while the service is ready; nothing in it is personal. */
    ReadinessDetails details();
}
