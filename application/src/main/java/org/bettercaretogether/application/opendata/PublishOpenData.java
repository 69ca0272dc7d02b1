package org.bettercaretogether.application.opendata;

import java.time.Instant;

/** Publishing what the programme has made public as open data sets, for anyone to download and reuse. */
public interface PublishOpenData {

    /**
     * Gives {@code sink} every open data set, each row as its columns say; answers the moment the data was read, the
     * date of the data. Fails with an {@code IllegalStateException} if a row does not have its set's columns, so that
     * a file never holds a column its dictionary does not describe.
     */
    Instant export(OpenDataSink sink);
}
