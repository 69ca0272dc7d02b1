package org.bettercaretogether.web.consultation;

import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.StaffDates;

/**
 * What a staff consultation form sent, as typed, so that a form shown again with errors shows it: the fields by
 * name. Field names are the staff API's members as page ids ({@link FormErrors#fieldId}): {@code decision-informed},
 * {@code run-by}, {@code opens-at}...; a moment in UK time is a GOV.UK date input ({@code opens-at-day},
 * {@code -month}, {@code -year}) with a 24-hour time ({@code opens-at-time}, "09:00"). What the consultation is about
 * is a choice ({@code about}) with a list of communities, of workstreams and of networks; its documents are one a
 * line, "title | address"; a question's options are one a line.
 */
public record StaffConsultationForm(Map<String, String> typed) {

    static final String ABOUT = "about";
    static final String DOCUMENTS = "documents";
    static final String REQUIRED = "required";
    /** The ids of the fields of the draft form, in page order. */
    static final List<String> DRAFT_FIELDS = List.of(ConsultationBody.SLUG, ConsultationBody.TITLE,
            ConsultationBody.SUMMARY, ABOUT, "community", "workstream", "network", "run-by", "decision-informed",
            DOCUMENTS, "opens-at", "closes-at");
    /** The ids of the fields of the question form, in page order. */
    static final List<String> QUESTION_FIELDS = List.of(QuestionBody.ID, QuestionBody.TEXT, QuestionBody.HELP,
            REQUIRED, QuestionBody.KIND, QuestionBody.OPTIONS, QuestionBody.MAXIMUM, "max-length", QuestionBody.TOPIC);

    public StaffConsultationForm {
        typed = Map.copyOf(typed);
    }

    static StaffConsultationForm empty() {
        return new StaffConsultationForm(Map.of());
    }

    /** Every field the form sent (the first value of each), as typed. */
    static StaffConsultationForm read(Context ctx) {
        Map<String, String> all = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("csrf")) {
                all.put(name, values.getFirst());
            }
        });
        return new StaffConsultationForm(all);
    }

    /** What was typed in the field {@code id}, or nothing. */
    public String value(String id) {
        return typed.getOrDefault(id, "");
    }

    public boolean ticked(String id) {
        return Requests.TICKED.equals(typed.get(id));
    }

    /** The consultation the draft form describes, with no questions yet. */
    ConsultationBody draft(FieldChecks checks) {
        String about = value(ABOUT);
        String aboutSlug = switch (about) {
            case "community", "workstream", "network" -> value(about);
            default -> "";
        };
        List<ConsultationBody.Document> documents = new ArrayList<>();
        for (String line : value(DOCUMENTS).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            if (bar < 0) {
                checks.add(DOCUMENTS, "Give each document as its title, a bar and its address, like "
                        + "The case for change | https://example.org/case.pdf");
                continue;
            }
            documents.add(new ConsultationBody.Document(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return new ConsultationBody(value(ConsultationBody.SLUG), about.isEmpty() ? null : about, aboutSlug,
                value(ConsultationBody.TITLE), value(ConsultationBody.SUMMARY), documents, value("decision-informed"),
                value("run-by"), moment(checks, "opens-at", "the opening day").orElse(null),
                moment(checks, "closes-at", "the closing day").orElse(null), List.of());
    }

    /** The question the question form describes. */
    QuestionBody question(FieldChecks checks) {
        return new QuestionBody(value(QuestionBody.ID), value(QuestionBody.TEXT), value(QuestionBody.HELP),
                ticked(REQUIRED), value(QuestionBody.KIND), Arrays.asList(value(QuestionBody.OPTIONS).split("\\R")),
                whole(number(checks, QuestionBody.MAXIMUM, "The most that may be chosen")),
                whole(number(checks, "max-length", "The longest answer")), value(QuestionBody.TOPIC));
    }

    /** The version of the consultation the form was read at. */
    Long version(FieldChecks checks) {
        Long read = number(checks, ConsultationStep.VERSION, "The version");
        checks.required(ConsultationStep.VERSION, read, "The form has no version of the consultation: reload the "
                + "page and try again");
        return read;
    }

    /** The UK wall-clock reading of the date input and time field {@code id}; empty with the problem recorded. */
    Optional<LocalDateTime> moment(FieldChecks checks, String id, String what) {
        Optional<java.time.LocalDate> day = new StaffDates(value(id + "-day"), value(id + "-month"),
                value(id + "-year")).date(checks, id, what);
        String time = value(id + "-time").strip();
        try {
            LocalTime at = LocalTime.parse(time.length() == 4 ? "0" + time : time);
            return day.map(date -> LocalDateTime.of(date, at));
        } catch (DateTimeParseException notATime) {
            if (!checks.has(id)) {
                checks.add(id, "Enter the time in UK time on the 24-hour clock, like 09:00 or 23:59");
            }
            return Optional.empty();
        }
    }

    private static Integer whole(Long number) {
        return number == null ? null : number.intValue();
    }

    private Long number(FieldChecks checks, String id, String what) {
        String text = value(id).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            checks.add(id, what + " must be a whole number");
            return null;
        }
        return Long.parseLong(text);
    }
}
