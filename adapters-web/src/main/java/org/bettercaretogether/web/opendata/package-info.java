/**
 * Open data on the web: {@code /open-data} with the latest edition's downloads, each data set as CSV (RFC 4180,
 * UTF-8, a header row) and JSON, the data dictionary at {@code /open-data/data-dictionary}, and the files themselves
 * under {@code /open-data/downloads/}. Editions are written to disk by {@link
 * org.bettercaretogether.web.opendata.OpenDataShelf} (daily, by the service) and served from there, so a download,
 * however large, asks nothing of the database.
 */
package org.bettercaretogether.web.opendata;
