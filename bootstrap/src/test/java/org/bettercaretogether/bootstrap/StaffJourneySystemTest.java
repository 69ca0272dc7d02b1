package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff's whole journey through the running service, on its real database, as a browser makes it:
 * sign in through the form, replace the one-time password, correct an ICC's name, see it on the public page and
 * in the audit log, sign out, and be refused afterwards.
 */
class StaffJourneySystemTest {

    @TempDir
    Path dataDirectory;

    @Test
    void an_administrator_corrects_an_icc_name_and_the_public_and_the_audit_log_see_it() throws Exception {
        String email = "canary." + UUID.randomUUID().toString().substring(0, 8) + "@example.nhs.uk";
        String newPassword = "canary-" + UUID.randomUUID();
        try (TestDatabase database = TestDatabases.createMigrated("staff-journey");
             RunningService platform = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                     Configuration.embedded(0, dataDirectory)))) {
            AccountWithPassword admin = platform.get(CreateAdministrator.class)
                    .create(new EmailAddress(email), "Canary Admin", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY)
                    .orElseThrow();
            Browser browser = new Browser(platform.port());

            HttpResponse<String> signedIn = browser.submit("/staff/sign-in", "/staff/sign-in",
                    "email", email, "password", admin.oneTimePassword());
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff/password");

            HttpResponse<String> changed = browser.submit("/staff/password", "/staff/password",
                    "current-password", admin.oneTimePassword(), "new-password", newPassword,
                    "confirm-password", newPassword);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);
            assertThat(changed.headers().firstValue("Location")).hasValue("/staff/second-factor");
            browser.setUpAuthenticator();

            String form = browser.get("/staff/reference-data/communities/kendal").body();
            List<String> fields = new ArrayList<>(List.of(
                    "version", value(form, "version"), "name", "Kendal and Burneside", "network", "south-lakes",
                    "towns", "Kendal\nBurneside\nStaveley", "postcode-districts", "LA8, LA9",
                    "coverage-source", value(form, "coverage-source")));
            HttpResponse<String> corrected = browser.submit("/staff/reference-data/communities/kendal",
                    "/staff/reference-data/communities/kendal", fields.toArray(String[]::new));
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(303);

            assertThat(browser.get("/communities/kendal").body()).contains("<h1").contains("Kendal and Burneside");
            assertThat(browser.get("/staff/audit-log").body()).contains("community.revised")
                    .contains("Kendal").contains("Kendal and Burneside").contains("Canary Admin");

            HttpResponse<String> signedOut = browser.submit("/staff", "/staff/sign-out");
            assertThat(signedOut.statusCode()).isEqualTo(303);
            HttpResponse<String> afterwards = browser.get("/staff/audit-log");
            assertThat(afterwards.statusCode()).isEqualTo(303);
            assertThat(afterwards.headers().firstValue("Location")).hasValue("/staff/sign-in");
        }
        String log = Files.readString(Path.of("target/test.log"));
        assertThat(log).as("the log of this run").contains("staff.signed-in")
                .doesNotContain(email).doesNotContain(newPassword).doesNotContain("Canary Admin");
    }

    /** The value a form shows in its input or text area named {@code field}, unescaped. */
    private static String value(String html, String field) {
        Matcher input = Pattern.compile("name=\"" + field + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        Matcher textArea = Pattern.compile("name=\"" + field + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        boolean isInput = input.find();
        assertThat(isInput || textArea.find()).as("field %s in the form", field).isTrue();
        return (isInput ? input.group(1) : textArea.group(1))
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
