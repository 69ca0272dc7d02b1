package org.bettercaretogether.web.moderation;

import java.util.List;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackReference;

/**
 * A CSV file of views entered by staff, as the staff upload enters it ({@code /staff/feedback/import}), for callers
 * beside the web: the command line's {@code import}. The file is read by the same rules (the columns of the sample
 * file, UTF-8, at most 2 MB and 5,000 views) and entered whole or not at all; a refusal lists every problem of every
 * row in the file's own words ("Row 3: text – must not be blank").
 */
public final class ViewsFile {

    /** What a person waiting on a file is told. */
    public interface Progress {

        /** Tells nothing. */
        Progress NONE = new Progress() {
        };

        /** The file was read and its rows checked: {@code views} are about to be entered. */
        default void entering(int views) {
        }

        /** {@code views} of the file have been written, to be committed with the rest. */
        default void entered(int views) {
        }
    }

    private ViewsFile() {
    }

    /** The views of {@code file} entered together by {@code actor}, or the problems of the file in its own words. */
    public static Outcome<List<FeedbackReference>> enter(EnterFeedback enter, Actor actor, byte[] file,
                                                         Progress progress) {
        return switch (CsvImport.read(file)) {
            case Outcome.Done<CsvImport.Rows>(CsvImport.Rows rows) -> {
                progress.entering(rows.views().size());
                yield switch (enter.enterAll(actor, rows.views(), progress::entered)) {
                    case Outcome.Done<List<FeedbackReference>> done -> done;
                    case Outcome.Rejected<List<FeedbackReference>>(Rejection rejection) ->
                            Outcome.rejected(CsvImport.inFileWords(rejection, rows));
                };
            }
            case Outcome.Rejected<CsvImport.Rows>(Rejection rejection) -> Outcome.rejected(rejection);
        };
    }
}
