package org.bettercaretogether.application.opendata;

import java.time.Instant;
import java.util.List;

/**
 * Where the rows of the open data sets go as they are read, one data set after another, so that no data set is ever
 * held whole in memory. Values are given in the order of the set's columns, each a {@code String}, {@code Long},
 * {@code java.math.BigDecimal}, {@code Boolean}, {@code java.time.LocalDate} or {@code java.time.Instant} as its
 * column's type says, or {@code null} for none; a list column is a {@code List<String>}.
 */
public interface OpenDataSink {

    /** The rows of {@code set}, as they stood at {@code dataAsOf}, follow until {@link #finish}. */
    void start(OpenDataSet set, Instant dataAsOf);

    /** One row of the set started last. */
    void row(List<?> values);

    /** The set started last has no more rows. */
    void finish(OpenDataSet set);
}
