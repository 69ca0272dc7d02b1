package org.bettercaretogether.web.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A directory record as the staff API answers it: the public view of the record, with the {@code version} a
 * correction must quote ({@code {"version": 3, "id": ..., "name": ...}}). A correction quoting an older version
 * is refused with 409, so that nobody overwrites a change they have not seen.
 */
public record Versioned<T>(long version, @JsonUnwrapped T record) {
}
