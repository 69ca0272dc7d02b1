package org.bettercaretogether.application.shared;

/**
 * The parts of the stored data an answer kept in memory can depend on, so that a change to one part (a view given,
 * say) leaves the answers about the others (the directory) kept.
 */
public enum StoredData {

    /** The programme, its partners, clinical networks, communities (and their histories), workstreams, themes. */
    DIRECTORY,

    /** What happens in the communities: priorities, teams, professions, meetings and places, key questions, changes made,
     * consultations (not their responses). */
    COMMUNITY_LIFE,

    /** The views received, their answers and history, their counts, and their links to changes made. */
    VIEWS
}
