package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.shared.Outcome;

/**
 * Fills the programme's database with a sample programme: staff, community life, changes made, and views.
 *
 * <p>A database that already holds views is refused (a conflict) unless the request says to append; appending adds
 * more views, numbered after those already there, and reuses the sample staff and programme when a previous load
 * made them. Everything a load writes commits together, or not at all.
 */
public interface LoadSampleData {

    /** Loads the sample, telling {@code progress} how it goes. */
    Outcome<SampleLoad> load(SampleRequest request, SampleProgress progress);
}
