package org.bettercaretogether.web.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bettercaretogether.application.opendata.OpenDataColumn;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.OpenDataSink;
import org.bettercaretogether.application.opendata.PublishOpenData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every open data set into a folder as {@code <name>.csv} and {@code <name>.json}, a row at a time as the
 * store reads it, so no set is ever held whole in memory.
 *
 * <p>CSV is RFC 4180 (commas, CRLF line ends, fields quoted when they hold a comma, a quote or a line break), UTF-8
 * without a byte-order mark, with a header row of the column names. Empty fields are values not given; lists are
 * joined with {@value OpenDataSet#LIST_SEPARATOR}. JSON is one object naming the data set, its licence and the date of
 * its data, with the rows as {@code items}: one object each, keyed by column name, a value not given as {@code null},
 * numbers and true or false as such, lists as arrays.
 */
public final class OpenDataFiles {

    static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private OpenDataFiles() {
    }

    /** What an export wrote: the date of its data and how many rows each set has. */
    public record Written(Instant dataAsOf, Map<OpenDataSet, Long> rows) {
        public Written {
            rows = Map.copyOf(rows);
        }
    }

    /** The names of the two files of {@code set}. */
    public static List<String> fileNames(OpenDataSet set) {
        return List.of(set.fileName() + ".csv", set.fileName() + ".json");
    }

    /**
     * Writes every data set {@code publish} gives into {@code folder} (which must exist), replacing files of the same
     * names.
     */
    public static Written write(PublishOpenData publish, Path folder) {
        Writer writer = new Writer(folder);
        try {
            Instant asOf = publish.export(writer);
            return new Written(asOf, writer.rows);
        } finally {
            writer.closeQuietly();
        }
    }

    /** A value as a CSV field holds it; {@code null} is an empty field. */
    public static String csvField(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> items -> String.join(OpenDataSet.LIST_SEPARATOR, items.stream().map(String::valueOf).toList());
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }

    /** Writes both files of one set at a time. */
    private static final class Writer implements OpenDataSink {

        private final Path folder;
        private final Map<OpenDataSet, Long> rows = new EnumMap<>(OpenDataSet.class);
        private CSVPrinter csv;
        private OutputStream jsonFile;
        private JsonGenerator json;
        private List<OpenDataColumn> columns;
        private long count;

        Writer(Path folder) {
            this.folder = folder;
        }

        @Override
        public void start(OpenDataSet set, Instant dataAsOf) {
            try {
                BufferedWriter csvFile = Files.newBufferedWriter(folder.resolve(set.fileName() + ".csv"),
                        StandardCharsets.UTF_8);
                csv = new CSVPrinter(csvFile, CSV);
                columns = set.columns();
                csv.printRecord(columns.stream().map(OpenDataColumn::name));
                jsonFile = Files.newOutputStream(folder.resolve(set.fileName() + ".json"));
                json = JSON.createGenerator(jsonFile);
                json.writeStartObject();
                json.writeStringProperty("dataset", set.fileName());
                json.writeStringProperty("title", set.title());
                json.writeStringProperty("description", set.description());
                json.writeStringProperty("licence", OpenDataSet.LICENCE);
                json.writeStringProperty("licenceUrl", OpenDataSet.LICENCE_URL);
                json.writeStringProperty("dataAsOf", dataAsOf.toString());
                json.writeArrayPropertyStart("items");
                count = 0;
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                csv.printRecord(values.stream().map(OpenDataFiles::csvField));
                json.writeStartObject();
                for (int i = 0; i < values.size(); i++) {
                    json.writeName(columns.get(i).name());
                    writeJson(values.get(i));
                }
                json.writeEndObject();
                count++;
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        private void writeJson(Object value) {
            switch (value) {
                case null -> json.writeNull();
                case Long number -> json.writeNumber(number);
                case BigDecimal number -> json.writeNumber(number);
                case Boolean yes -> json.writeBoolean(yes);
                case List<?> items -> {
                    json.writeStartArray();
                    items.forEach(item -> json.writeString(String.valueOf(item)));
                    json.writeEndArray();
                }
                default -> json.writeString(value.toString());
            }
        }

        @Override
        public void finish(OpenDataSet set) {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.close();
                json = null;
                jsonFile.close();
                jsonFile = null;
                csv.close(true);
                csv = null;
                rows.put(set, count);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        /** Closes what a failed export left open; its files are incomplete, and the caller discards them. */
        void closeQuietly() {
            try {
                if (json != null) {
                    json.close();
                }
            } catch (RuntimeException ignored) {
                // the export has failed already; that failure is the one to report
            }
            for (AutoCloseable open : new AutoCloseable[]{jsonFile, csv}) {
                try {
                    if (open != null) {
                        open.close();
                    }
                } catch (Exception ignored) {
                    // as above
                }
            }
        }
    }
}
