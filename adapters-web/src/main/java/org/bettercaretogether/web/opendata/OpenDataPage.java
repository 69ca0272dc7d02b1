package org.bettercaretogether.web.opendata;

import org.bettercaretogether.application.opendata.OpenDataColumn;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.web.platform.Formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the open data pages show: the data sets with their columns, and, once an edition has been made, the date of
 * its data and each file with its size.
 *
 * @param dataAsOf the date of the newest edition's data, as people read it; empty before the first edition
 */
public record OpenDataPage(Optional<String> dataAsOf, List<DataSet> sets) {

    /** A data set as the pages show it; {@code rows} and the files are empty before the first edition. */
    public record DataSet(String id, String title, String description, List<OpenDataColumn> columns,
                          Optional<String> rows, List<Download> downloads) {
    }

    /** A file to download: its address, its format and its size as people read it. */
    public record Download(String href, String format, String size) {
    }

    public String licence() {
        return OpenDataSet.LICENCE;
    }

    public String licenceUrl() {
        return OpenDataSet.LICENCE_URL;
    }

    public List<OpenDataColumn.Type> types() {
        return Arrays.asList(OpenDataColumn.Type.values());
    }

    static OpenDataPage of(Optional<OpenDataShelf.Edition> edition) {
        return new OpenDataPage(edition.map(found -> Formats.dateTime(found.dataAsOf())),
                Arrays.stream(OpenDataSet.values()).map(set -> new DataSet(set.fileName(), set.title(),
                        set.description(), set.columns(),
                        edition.map(found -> Formats.number(found.rows().getOrDefault(set, 0L))),
                        edition.map(found -> downloads(found, set)).orElse(List.of()))).toList());
    }

    private static List<Download> downloads(OpenDataShelf.Edition edition, OpenDataSet set) {
        return OpenDataFiles.fileNames(set).stream().flatMap(name -> edition.file(name).stream())
                .map(file -> new Download(OpenDataRoutes.DOWNLOADS + file.getFileName(),
                        file.getFileName().toString().endsWith(".csv") ? "CSV" : "JSON", size(file)))
                .toList();
    }

    private static String size(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException removedMeanwhile) {
            return "size not known";
        }
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.UK, "%.1f KB", bytes / 1e3)
                : String.format(Locale.UK, "%.1f MB", bytes / 1e6);
    }
}
