package org.bettercaretogether.web.moderation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * Reads a CSV file of views that came in on paper, by phone or at a meeting (UTF-8, a header row naming the columns,
 * one view a row) into views to enter all together. Every problem of every row is reported at once, worded for the
 * person who will fix the file: "Row 3: text – must not be blank", rows counted from the first under the header.
 * Each problem's field is {@code row N: column}, or {@code file} for the file as a whole.
 */
final class CsvImport {

    /** The largest file accepted. */
    static final int MAXIMUM_BYTES = 2 * 1024 * 1024;
    /** The most views one file may hold. */
    static final int MAXIMUM_ROWS = 5_000;
    static final String FILE = "file";

    /** The columns, in the order of the sample file. */
    static final List<String> COLUMNS = List.of("about", "slug", "role", "text", "channel", "received_on",
            "event_or_batch", "name", "email", "phone", "consent_to_contact", "consent_to_publish",
            "postcode_district", "meeting");
    static final Set<String> REQUIRED = Set.of("about", "role", "text", "channel", "received_on");

    /** Each field of an entry (and of the use case's answer) by the column that holds it. */
    private static final Map<String, String> COLUMN_OF = columns();

    private static final Pattern USE_CASE_ROW = Pattern.compile("row (\\d+): (.+)");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** A file read: the views, and the row of the file each came from (empty rows are skipped but counted). */
    record Rows(List<EnteredView> views, List<Integer> rowNumbers) {
    }

    private CsvImport() {
    }

    /** The views of a file, or every problem found in it. */
    static Outcome<Rows> read(byte[] file) {
        if (file.length > MAXIMUM_BYTES) {
            return fileProblem("The file must be smaller than 2 MB: split it into smaller files");
        }
        Optional<String> text = utf8(file);
        if (text.isEmpty()) {
            return fileProblem("The file must be saved as UTF-8 text (in Excel, save it as ‘CSV UTF-8’)");
        }
        List<CSVRecord> records;
        try (CSVParser parser = FORMAT.parse(new StringReader(text.get()))) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() > MAXIMUM_ROWS) {
                    return fileProblem("The file must hold at most 5,000 views: split it into smaller files");
                }
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return fileProblem("The file is not a CSV file this import can read: check that every quoted value "
                    + "ends with a quote");
        }
        if (records.isEmpty()) {
            return fileProblem("The file is empty: it needs a header row naming the columns, then a row for each view");
        }
        Map<String, Integer> header = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        readHeader(records.getFirst(), header, problems);
        if (!problems.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(problems));
        }
        List<EnteredView> views = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            if (record.stream().allMatch(value -> value.isBlank())) {
                continue; // a spreadsheet's empty row, exported as commas alone
            }
            int row = i;
            if (record.size() > records.getFirst().size()) {
                problems.add(rowProblem(row, "has " + record.size() + " values but the header names only "
                        + records.getFirst().size() + " columns"));
                continue;
            }
            FieldChecks found = new FieldChecks();
            Optional<EnteredView> view = entry(record, header, found).flatMap(entry -> entry.read(found));
            found.problems().forEach(problem -> problems.add(rowProblem(row, problem)));
            view.ifPresent(read -> {
                views.add(read);
                rowNumbers.add(row);
            });
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(problems));
        }
        if (views.isEmpty()) {
            return fileProblem("The file has no views: add a row under the header for each view");
        }
        return Outcome.done(new Rows(views, rowNumbers));
    }

    /**
     * The use case's refusal of a batch in the words of the file: its field {@code row N: field} names the N-th view
     * entered (a batch of one names none), which is read back to the row of the file and the column.
     */
    static Rejection inFileWords(Rejection rejection, Rows rows) {
        if (!(rejection instanceof Rejection.InvalidInput invalid)) {
            return rejection;
        }
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> {
            Matcher numbered = USE_CASE_ROW.matcher(problem.field());
            int index = numbered.matches() ? Integer.parseInt(numbered.group(1)) : 1;
            String field = numbered.matches() ? numbered.group(2) : problem.field();
            int row = index >= 1 && index <= rows.rowNumbers().size() ? rows.rowNumbers().get(index - 1) : index;
            return rowProblem(row, new FieldProblem(field, problem.problem()));
        }).toList());
    }

    /**
     * The sample file offered for download: the header and two views. Its meeting column is empty, as no meeting's
     * id holds in every installation: the Ulverston view names its meeting as an event only.
     */
    static String sample() {
        return String.join(",", COLUMNS) + "\r\n"
                + "community,kendal,patient,\"The new evening clinic at the health centre means I no longer take a "
                + "day off work, thank you.\",letter,2025-03-03,March postbag,,,,no,yes,LA9,\r\n"
                + "workstream,elective-care,member_of_public,\"Please keep planned operations close to home: the "
                + "bus to Lancaster takes two hours.\",meeting,2025-03-12,Ulverston public meeting,Alex Example,"
                + "alex@example.com,,yes,yes,,\r\n";
    }

    private static void readHeader(CSVRecord first, Map<String, Integer> header, List<FieldProblem> problems) {
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (name.isEmpty()) {
                continue; // a column without a name, as a spreadsheet exports a stray cell: its values are not read
            }
            if (!COLUMNS.contains(name)) {
                unknown.add(first.get(i).strip());
            } else if (header.put(name, i) != null) {
                problems.add(new FieldProblem(FILE, "The header names the column " + name + " twice"));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(FILE, "The header names columns this import does not know: "
                    + String.join(", ", unknown) + ". The columns are " + String.join(", ", COLUMNS)));
        }
        List<String> missing = COLUMNS.stream().filter(REQUIRED::contains).filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(FILE, "The header must name the columns " + String.join(", ", missing)
                    + ": the first row of the file names the columns"));
        }
    }

    private static Optional<ViewEntry> entry(CSVRecord record, Map<String, Integer> header, FieldChecks problems) {
        Optional<Boolean> toContact = yesOrNo(value(record, header, "consent_to_contact"), "consentToContact", problems);
        Optional<Boolean> toPublish = yesOrNo(value(record, header, "consent_to_publish"), "consentToPublish", problems);
        return Optional.of(new ViewEntry(value(record, header, "about"), value(record, header, "slug"),
                value(record, header, "role"), value(record, header, "text"), value(record, header, "channel"),
                value(record, header, "received_on"), value(record, header, "event_or_batch"),
                value(record, header, "name"), value(record, header, "email"), value(record, header, "phone"),
                toContact.orElse(false), toPublish.orElse(false), value(record, header, "postcode_district"),
                value(record, header, "meeting")));
    }

    /** Consent is never assumed: an empty cell is no, and anything but yes or no is a problem. */
    private static Optional<Boolean> yesOrNo(String value, String field, FieldChecks problems) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y" -> Optional.of(true);
            case "no", "n", "" -> Optional.of(false);
            default -> {
                problems.add(field, "must be yes or no");
                yield Optional.empty();
            }
        };
    }

    /** The value of {@code column}; empty when the file has no such column, or the row ends before it. */
    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer at = header.get(column);
        return at == null || at >= record.size() ? "" : record.get(at).strip();
    }

    private static FieldProblem rowProblem(int row, FieldProblem problem) {
        String column = COLUMN_OF.getOrDefault(problem.field(), problem.field());
        return new FieldProblem("row " + row + ": " + column, "Row " + row + ": " + column + " – " + problem.problem());
    }

    private static FieldProblem rowProblem(int row, String problem) {
        return new FieldProblem("row " + row, "Row " + row + " " + problem);
    }

    private static <T> Outcome<T> fileProblem(String sentence) {
        return Outcome.rejected(Rejection.InvalidInput.of(FILE, sentence));
    }

    private static Optional<String> utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            // Excel starts a UTF-8 file with a byte order mark, which is no part of the first column's name
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        for (String column : COLUMNS) {
            columns.put(camelCase(column), column);
        }
        ViewEntry.USE_CASE_FIELDS.forEach((field, entryField) -> columns.put(field, entryField));
        return Map.copyOf(columns);
    }

    private static String camelCase(String column) {
        Matcher underscore = Pattern.compile("_([a-z])").matcher(column);
        return underscore.replaceAll(match -> match.group(1).toUpperCase(Locale.ROOT));
    }
}
