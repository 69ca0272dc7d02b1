package org.bettercaretogether.application.referencedata;

/**
 * Load the programme's reference data: the vanguard, its partners, clinical networks, communities and
 * workstreams. Safe to run at every start: a release is loaded once, and a record that already exists is never
 * overwritten, so corrections made by staff stay.
 */
public interface LoadReferenceData {

    ReferenceDataLoad load();
}
