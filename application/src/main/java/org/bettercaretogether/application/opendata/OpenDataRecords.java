package org.bettercaretogether.application.opendata;

import java.time.Instant;

/**
 * The rows of the open data sets, as the store reads them: only what is public (see {@link OpenDataSet}), every set
 * as it stood at one moment, streamed a few rows at a time, however many there are.
 */
public interface OpenDataRecords {

    /**
     * Gives {@code sink} every row of every data set, a set at a time in the order of {@link OpenDataSet#values()},
     * all read at one moment, which it answers: the date of the data. Reading takes a connection of its own for as
     * long as it lasts and keeps no other work waiting.
     */
    Instant readAll(OpenDataSink sink);
}
