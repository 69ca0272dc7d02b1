package org.bettercaretogether.application.health;

/** Whether the store that holds the programme's records answers right now. */
public interface StoreHealth {

    boolean reachable();
}
