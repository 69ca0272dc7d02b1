package org.bettercaretogether.application.opendata;

import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Publishes the open data sets from the store, holding the store to the sets' columns: a row of another width, or a
 * set given out of turn, stops the export before it reaches a file.
 */
public final class OpenDataService implements PublishOpenData {

    private final OpenDataRecords records;

    @Inject
    public OpenDataService(OpenDataRecords records) {
        this.records = records;
    }

    @Override
    public Instant export(OpenDataSink sink) {
        return records.readAll(new OpenDataSink() {
            private OpenDataSet current;

            @Override
            public void start(OpenDataSet set, Instant dataAsOf) {
                current = set;
                sink.start(set, dataAsOf);
            }

            @Override
            public void row(List<?> values) {
                if (current == null || values.size() != current.columns().size()) {
                    throw new IllegalStateException("a row of " + values.size() + " values for "
                            + (current == null ? "no data set" : current.fileName() + ", whose columns are "
                            + current.columns().size()));
                }
                sink.row(values);
            }

            @Override
            public void finish(OpenDataSet set) {
                current = null;
                sink.finish(set);
            }
        });
    }
}
