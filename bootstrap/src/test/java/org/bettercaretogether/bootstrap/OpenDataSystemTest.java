package org.bettercaretogether.bootstrap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.OpenDataSink;
import org.bettercaretogether.application.opendata.PublishOpenData;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.opendata.OpenDataFiles;
import org.bettercaretogether.web.opendata.OpenDataShelf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;

/**
 * The open data as the service makes and serves it, from PostgreSQL: a person's details, planted wherever the public
 * must not read them (a view waiting for moderation, a withheld view and its answer, a published view's contact
 * details, a meeting registration), appear in no file; every CSV reads back to the rows the store gave; every column
 * of every file is on the data dictionary page.
 */
class OpenDataSystemTest {

    private static final String PUBLIC_TEXT = "The evening clinic in Kendal has made a real difference.";
    private static final String ANSWER = "Thank you: the evening clinic will stay open through the winter.";
    /** What the public must never read, each planted somewhere the open data might have taken it from. */
    private static final List<String> CANARIES = List.of("Perpetua Canarywing", "perpetua.canary@example.org",
            "07700 900417", "07700900417", "Words only the moderators read: canary-pending",
            "Hildegard Withheldwing", "hildegard.withheld@example.org", "07700 900528", "canary-withheld",
            "canary-withheld-answer", "Ottoline Publishedwing", "ottoline.published@example.org", "07700 900639",
            "canary-original", "Rupert Registrantwing", "rupert.registrant@example.org", "canary-access-need");

    @TempDir
    Path dataDirectory;

    private PrivacyWorld world;
    private Path edition;

    @BeforeEach
    void personalDetailsLeftWhereThePublicMustNotReadThem() {
        world = new PrivacyWorld(dataDirectory, Instant.now(), RetentionSettings.defaults());
        world.give("Words only the moderators read: canary-pending", "Perpetua Canarywing",
                "perpetua.canary@example.org", "07700 900417");

        FeedbackReference withheld = world.give("canary-withheld: words kept from the public",
                "Hildegard Withheldwing", "hildegard.withheld@example.org", "07700 900528");
        Feedback toWithhold = world.view(withheld);
        world.get(ModerateFeedback.class).withhold(world.admin, toWithhold.id(), toWithhold.version(),
                WithholdReason.OFF_TOPIC, Optional.empty()).orElseThrow();
        answer(withheld, "canary-withheld-answer: an answer to a view the public cannot read.");

        FeedbackReference published = world.give("canary-original: " + PUBLIC_TEXT, "Ottoline Publishedwing",
                "ottoline.published@example.org", "07700 900639");
        Feedback toPublish = world.view(published);
        world.get(ModerateFeedback.class).publish(world.admin, toPublish.id(), toPublish.version(), PUBLIC_TEXT)
                .orElseThrow();
        answer(published, ANSWER);

        MeetingId meeting = world.meeting(world.ukTimeIn(7, 18), 20);
        world.register(meeting, "Rupert Registrantwing", "rupert.registrant@example.org", "canary-access-need");

        edition = world.get(OpenDataShelf.class).refresh(world.get(PublishOpenData.class)).folder();
    }

    /** An answer as a responder's would be stored (who may answer is not the point here). */
    private void answer(FeedbackReference view, String text) {
        world.sql.update(FEEDBACK)
                .set(FEEDBACK.RESPONSE_PARTNER_ID, world.admin.partner().value())
                .set(FEEDBACK.RESPONSE_TEXT, text)
                .set(FEEDBACK.RESPONDED_AT, FEEDBACK.RECEIVED_AT)
                .set(FEEDBACK.RESPONDED_BY, world.admin.id().value())
                .where(FEEDBACK.REFERENCE.eq(view.value())).execute();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void no_file_holds_a_name_email_phone_or_words_the_public_cannot_read_but_each_holds_what_they_can()
            throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> listed = Files.list(edition)) {
            for (Path file : listed.filter(path -> !path.getFileName().toString().endsWith(".properties")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }

        assertThat(files).hasSize(2 * OpenDataSet.values().length);
        files.forEach((name, content) -> {
            for (String canary : CANARIES) {
                assertThat(content.toLowerCase(Locale.ROOT)).as("%s holds %s", name, canary)
                        .doesNotContain(canary.toLowerCase(Locale.ROOT));
            }
        });
        assertThat(files.get("published-views.csv")).contains(PUBLIC_TEXT).contains(",true\r\n");
        assertThat(files.get("published-views.json")).contains(PUBLIC_TEXT);
        assertThat(files.get("answers.csv")).contains(ANSWER);
        assertThat(files.get("meetings.csv")).contains("Kendal listening event");
        assertThat(files.get("partners.csv")).contains("RTX");
        assertThat(files.get("communities.csv")).contains("kendal");
        assertThat(files.get("key-questions.csv")).contains("What is Better Care Together?");
    }

    @Test
    void every_csv_reads_back_with_the_same_library_to_the_rows_the_store_gave() throws IOException {
        Map<OpenDataSet, List<List<String>>> given = new EnumMap<>(OpenDataSet.class);
        world.get(PublishOpenData.class).export(new OpenDataSink() {
            @Override
            public void start(OpenDataSet set, Instant dataAsOf) {
                given.put(set, new ArrayList<>());
            }

            @Override
            public void row(List<?> values) {
                given.get(OpenDataSet.values()[given.size() - 1]).add(values.stream().map(OpenDataFiles::csvField)
                        .toList());
            }

            @Override
            public void finish(OpenDataSet set) {
            }
        });

        for (OpenDataSet set : OpenDataSet.values()) {
            List<List<String>> read = new ArrayList<>();
            for (CSVRecord record : csv(Files.readString(edition.resolve(set.fileName() + ".csv")))) {
                read.add(record.toList());
            }
            assertThat(read).as(set.fileName()).isEqualTo(given.get(set));
        }
        assertThat(given.get(OpenDataSet.PUBLISHED_VIEWS)).hasSize(1);
        assertThat(given.get(OpenDataSet.ANSWERS)).hasSize(1);
        assertThat(given.get(OpenDataSet.MEETINGS)).hasSize(1);
        assertThat(given.get(OpenDataSet.PARTNERS)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void the_data_dictionary_names_every_column_of_every_file_the_site_offers() {
        Http http = new Http(world.serveTheWeb());

        HttpResponse<String> page = http.get("/open-data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Open Government Licence v3.0")
                .contains("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
                .contains("The data is as it stood on");
        String dictionary = http.get("/open-data/data-dictionary").body();

        for (OpenDataSet set : OpenDataSet.values()) {
            for (String name : OpenDataFiles.fileNames(set)) {
                assertThat(page.body()).contains("href=\"/open-data/downloads/" + name + "\"");
            }
            HttpResponse<String> file = http.get("/open-data/downloads/" + set.fileName() + ".csv");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/csv"));
            List<String> header = csv(file.body()).getHeaderNames();
            String section = dictionary.substring(dictionary.indexOf("id=\"" + set.fileName() + "\""));
            int next = section.indexOf("<h2", 1);
            String described = next < 0 ? section : section.substring(0, next);
            assertThat(header).as("the columns of %s", set.fileName()).isNotEmpty();
            for (String column : header) {
                assertThat(described).as("%s.%s on the data dictionary page", set.fileName(), column)
                        .contains("<code>" + column + "</code>");
            }
        }
        assertThat(http.get("/open-data/downloads/registrations.csv").statusCode()).isEqualTo(404);
        assertThat(http.get("/open-data/downloads/..%2Fedition.properties").statusCode()).isEqualTo(404);
    }

    private static CSVParser csv(String content) {
        try {
            return CSVParser.builder().setReader(new StringReader(content))
                    .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
