package org.bettercaretogether.web.consultation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.shared.PublishedCount;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The results of a consultation as a CSV file (RFC 4180, UTF-8, a header row): one row per question, group and
 * option — "all" first, then each respondent type, then each community — with the count and share as the page shows
 * them, so a count under five reads "fewer than 5" here too, one that would give a small count away "not shown", and
 * neither has a share. A count shown is a bare number, for a spreadsheet to read. After a free-text question's counts
 * come the answers moderators published, one a row ({@code published} in the breakdown, the words in {@code text}),
 * with nothing that says who wrote them.
 */
final class ResultsCsv {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String ALL = "all";

    private ResultsCsv() {
    }

    static String of(ConsultationResults results) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            printer.printRecord("question", "breakdown", "group", "option", "count", "percent", "text");
            for (ConsultationResults.QuestionResults question : results.questions()) {
                String id = question.question().id().value();
                printer.printRecord(id, ALL, "", "", cell(question.answered()), "", "");
                options(printer, id, ALL, "", question.options());
                groups(printer, id, "respondent-type", question.byRespondentType());
                groups(printer, id, "community", question.byCommunity());
                for (String published : question.publishedAnswers()) {
                    printer.printRecord(id, "published", "", "", "", "", published);
                }
            }
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return text.toString();
    }

    private static void groups(CSVPrinter printer, String question, String breakdown,
                               List<ConsultationResults.GroupResults> groups) throws IOException {
        for (ConsultationResults.GroupResults group : groups) {
            String name = group.code().orElse("not-said");
            printer.printRecord(question, breakdown, name, "", cell(group.answered()), "", "");
            options(printer, question, breakdown, name, group.options());
        }
    }

    private static void options(CSVPrinter printer, String question, String breakdown, String group,
                                List<ConsultationResults.OptionCount> options) throws IOException {
        for (ConsultationResults.OptionCount option : options) {
            printer.printRecord(question, breakdown, group, option.code(), cell(option.count()),
                    option.percent().map(String::valueOf).orElse(""), "");
        }
    }

    private static String cell(PublishedCount count) {
        return count instanceof PublishedCount.Exact exact ? String.valueOf(exact.value()) : count.text();
    }
}
