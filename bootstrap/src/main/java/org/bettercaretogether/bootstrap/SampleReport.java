package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.sampledata.SampleLoad;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.sampledata.StaffSignIn;
import org.bettercaretogether.application.sampledata.ViewTally;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.staff.Role;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code bct sample-data} prints when it is done: the counts and the time taken, then — when this load created
 * the sample staff — their sign-in details, once, one line each:
 * <pre>
 *   ADMIN                 ada.rtx@sample.example.org       password: ...   token: ...   authenticator: ...
 * </pre>
 * The roles (comma-separated), the address, the password, the token and (for those whose roles need a second factor)
 * the authenticator's secret are each one word, so a program can read them with
 * {@code ^\s+([A-Z_]+(?:,[A-Z_]+)*)\s+(\S+@\S+)\s+password: (\S+)\s+token: (\S+)(?:\s+authenticator: (\S+))?\s*$}.
 */
final class SampleReport {

    static final String SIGN_IN_HEADER = "Sign-in details of the sample staff, shown this once (only their hashes are kept):";

    private SampleReport() {
    }

    static void print(PrintWriter out, SampleRequest request, SampleLoad load, Duration taken) {
        ViewTally views = load.views();
        out.printf(Locale.UK, "Sample data loaded in %s: %,d views (seed %d, numbered from %,d).%n",
                ProgressDisplay.seconds(taken), views.views(), request.seed(), load.viewsBefore());
        out.printf(Locale.UK, "  Views now: %s.%n", java.util.Arrays.stream(FeedbackStatus.values())
                .map(status -> status.title().toLowerCase(Locale.UK) + " "
                        + String.format(Locale.UK, "%,d", views.byStatus().getOrDefault(status, 0L)))
                .collect(Collectors.joining(", ")));
        out.printf(Locale.UK, "  Withheld for: %s.%n", java.util.Arrays.stream(WithholdReason.values())
                .map(reason -> reason.title().toLowerCase(Locale.UK) + " "
                        + String.format(Locale.UK, "%,d", views.withheldFor().getOrDefault(reason, 0L)))
                .collect(Collectors.joining(", ")));
        out.printf(Locale.UK, "  Awaiting an answer %,d (%,d overdue); answered on time %,d, late %,d; closed without "
                        + "an answer %,d.%n", views.awaitingAnswer(), views.overdue(), views.answeredOnTime(),
                views.answeredLate(), views.closedWithoutAnswer());
        out.printf(Locale.UK, "  With contact details %,d; erased %,d; open safeguarding concerns %,d.%n",
                views.withContactDetails(), views.erased(), views.openSafeguardingConcerns());
        out.printf(Locale.UK, "  Themes tagged %,d; steps of history %,d; links to changes made %,d.%n",
                views.themeTags(), views.historySteps(), views.changeLinks());
        out.printf(Locale.UK, "  Staff %d (%d new); added: priorities %d, teams %d, meetings %d, registrations %,d, "
                        + "changes made %d, community projects %d.%n", load.staffMembers(), load.newStaff().size(),
                load.priorities(), load.teams(), load.meetings(), load.registrations(), load.changes(),
                load.projects());
        if (load.newStaff().isEmpty()) {
            out.println("The sample staff were made by an earlier load, which showed their sign-in details.");
        } else {
            out.println(SIGN_IN_HEADER);
            for (StaffSignIn staff : load.newStaff()) {
                out.printf(Locale.UK, "  %-21s %-36s password: %s   token: %s%s%n", staff.roles().stream()
                                .map(Role::name).collect(Collectors.joining(",")), staff.email().value(),
                        staff.password(), staff.apiToken(),
                        staff.authenticatorSecret().map(secret -> "   authenticator: " + secret).orElse(""));
            }
        }
        out.flush();
    }
}
