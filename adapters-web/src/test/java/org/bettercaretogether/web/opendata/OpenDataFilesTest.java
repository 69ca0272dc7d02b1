package org.bettercaretogether.web.opendata;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.PublishOpenData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files as written, read back with the same libraries: CSV with commons-csv, JSON with Jackson. */
class OpenDataFilesTest {

    private static final Instant AS_OF = Instant.parse("2026-03-04T05:06:07.123456Z");

    @TempDir
    Path folder;

    /** Values that trip a hand-made CSV writer: separators, quotes, line breaks, spaces at the ends, non-ASCII. */
    private static final List<String> AWKWARD = List.of("plain", "a, comma", "a \"quoted\" word", "two\r\nlines",
            "one\nline feed", "  spaced  ", "Ysbyty Gwynedd – café ✓ 😀", "", "=1+1", "'leading quote");

    @Test
    void every_csv_reads_back_with_the_same_library_to_the_same_rows_and_the_json_to_the_same_values()
            throws Exception {
        List<List<Object>> given = new ArrayList<>();
        PublishOpenData publish = sink -> {
            for (OpenDataSet set : OpenDataSet.values()) {
                sink.start(set, AS_OF);
                for (int row = 0; row < 3; row++) {
                    List<Object> values = new ArrayList<>();
                    for (int column = 0; column < set.columns().size(); column++) {
                        values.add(value(set, column, row));
                    }
                    given.add(values);
                    sink.row(values);
                }
                sink.finish(set);
            }
            return AS_OF;
        };

        OpenDataFiles.Written written = OpenDataFiles.write(publish, folder);

        assertThat(written.dataAsOf()).isEqualTo(AS_OF);
        List<List<Object>> expected = new ArrayList<>(given);
        for (OpenDataSet set : OpenDataSet.values()) {
            assertThat(written.rows()).containsEntry(set, 3L);
            List<String> names = set.columns().stream().map(column -> column.name()).toList();
            byte[] csvBytes = Files.readAllBytes(folder.resolve(set.fileName() + ".csv"));
            assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).as("no byte-order mark")
                    .doesNotStartWith("\u00ef\u00bb\u00bf");
            try (Reader in = Files.newBufferedReader(folder.resolve(set.fileName() + ".csv"), StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.builder().setReader(in)
                         .setFormat(OpenDataFiles.CSV.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                assertThat(parser.getHeaderNames()).as(set.fileName()).isEqualTo(names);
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).hasSize(3);
                JsonNode json = JsonMapper.builder().build().readTree(folder.resolve(set.fileName() + ".json")
                        .toFile());
                assertThat(json.get("dataset").asString()).isEqualTo(set.fileName());
                assertThat(json.get("dataAsOf").asString()).isEqualTo(AS_OF.toString());
                assertThat(json.get("licence").asString()).isEqualTo("Open Government Licence v3.0");
                for (CSVRecord record : records) {
                    List<Object> values = expected.removeFirst();
                    assertThat(record.toList()).as("%s row %d", set.fileName(), record.getRecordNumber())
                            .isEqualTo(values.stream().map(OpenDataFiles::csvField).toList());
                    JsonNode item = json.get("items").get((int) record.getRecordNumber() - 1);
                    for (int i = 0; i < names.size(); i++) {
                        assertThat(comparable(jsonValue(item.get(names.get(i)))))
                                .as("%s %s", set.fileName(), names.get(i)).isEqualTo(comparable(values.get(i)));
                    }
                }
            }
        }
    }

    /** A value of the column's type; text columns take each awkward value in turn, and the first row none at all. */
    private static Object value(OpenDataSet set, int column, int row) {
        int turn = (set.ordinal() * 7 + column * 3 + row) % AWKWARD.size();
        if (row == 0 && column % 2 == 1) {
            return null;
        }
        return switch (set.columns().get(column).type()) {
            case IDENTIFIER -> "8d3c1a0e-6a4f-4b6e-9a55-0f1e2d3c4b5a";
            case TEXT, CODE -> AWKWARD.get(turn);
            case LIST -> row == 2 ? List.of() : List.of(AWKWARD.get(turn), "second");
            case WHOLE_NUMBER -> (long) turn * 1_000_003;
            case DECIMAL -> new BigDecimal("12.50");
            case DATE -> LocalDate.of(2025, 1, 31);
            case TIMESTAMP -> AS_OF;
            case YES_NO -> row == 1;
        };
    }

    /** A decimal as its value, whatever its scale: JSON numbers do not keep trailing zeros. */
    private static Object comparable(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static Object jsonValue(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asString()));
            return items;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = node.asString();
        return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text)
                : text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z") ? Instant.parse(text) : text;
    }

    @Test
    void a_row_that_is_not_as_wide_as_its_columns_stops_the_export() {
        PublishOpenData tooWide = new org.bettercaretogether.application.opendata.OpenDataService(sink -> {
            sink.start(OpenDataSet.NETWORKS, AS_OF);
            sink.row(Arrays.asList("id", "slug", "name", "description", "an undocumented column"));
            return AS_OF;
        });

        assertThatThrownBy(() -> OpenDataFiles.write(tooWide, folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("networks");
    }
}
