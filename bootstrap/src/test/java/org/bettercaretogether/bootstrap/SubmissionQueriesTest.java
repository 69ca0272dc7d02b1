package org.bettercaretogether.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.core.ApplicationModule;
import org.bettercaretogether.core.MailModule;
import org.bettercaretogether.core.MailSettings;
import org.bettercaretogether.core.PersistenceModule;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a public submission asks PostgreSQL, wired as the service wires it: once the directory has been read into
 * memory, choosing what a view is about costs no query on the directory's tables.
 */
class SubmissionQueriesTest {

    /** A statement that reads or writes one of the directory's tables, by name as jOOQ writes it. */
    private static final Pattern DIRECTORY_TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+"
            + "(?:\"?public\"?\\.)?\"?(?:vanguard|vanguard_triple_aim|partner|partner_event|partner_identifier"
            + "|clinical_network|community|community_postcode_district|community_town|community_history"
            + "|community_history_renaming|community_history_stage|workstream|workstream_care_setting"
            + "|workstream_partner)\"?(?![\\w\"])");

    /** Long enough that the test sees what the service asks, not the once-a-second look at changes made elsewhere. */
    private static final Duration STALENESS = Duration.ofHours(1);

    @TempDir
    Path mailDrop;

    private TestDatabase database;
    private final List<String> statements = new CopyOnWriteArrayList<>();

    @BeforeEach
    void migrate() {
        database = TestDatabases.create("submission-queries");
        SchemaMigrations.migrate(database.dataSource());
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void a_submission_once_the_directory_is_in_memory_reads_none_of_the_directory_tables() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                new ApplicationModule(Clock.systemUTC(), SecuritySettings.defaults(), FeedbackSettings.defaults()),
                new PersistenceModule(recording(database.dataSource()), STALENESS),
                new MailModule(MailSettings.mailDropIn(mailDrop)));
        injector.getInstance(LoadReferenceData.class).load();
        SubmitFeedback submitFeedback = injector.getInstance(SubmitFeedback.class);
        statements.clear();
        submitFeedback.submit(aViewAboutKendal("The first view, which reads the directory."), Optional.empty())
                .orElseThrow();
        assertThat(statements).as("the first submission's statements, which read the directory into memory")
                .anyMatch(sql -> DIRECTORY_TABLE.matcher(sql.toLowerCase(Locale.ROOT)).find());
        statements.clear();

        submitFeedback.submit(aViewAboutKendal("A second view, with a key."), Optional.of(new IdempotencyKey("key-2")))
                .orElseThrow();
        submitFeedback.submit(aViewAboutKendal("A third view, without one."), Optional.empty()).orElseThrow();

        assertThat(statements).as("the statements of the second and third submissions")
                .anyMatch(sql -> sql.toLowerCase(Locale.ROOT).matches("(?s).*insert into\\s+\"?feedback\"?\\s.*"))
                .noneMatch(sql -> DIRECTORY_TABLE.matcher(sql.toLowerCase(Locale.ROOT)).find());
    }

    @Test
    void the_pattern_would_notice_a_read_of_the_directory() {
        assertThat(DIRECTORY_TABLE.matcher("select \"community\".\"id\" from \"community\" where 1 = 1").find()).isTrue();
        assertThat(DIRECTORY_TABLE.matcher("select * from \"public\".\"workstream_partner\"").find()).isTrue();
        assertThat(DIRECTORY_TABLE.matcher("insert into \"feedback\" (\"community_id\") values (?)").find()).isFalse();
        assertThat(DIRECTORY_TABLE.matcher("select 1 from \"community_summary\"").find()).isFalse();
    }

    private static ShareAView aViewAboutKendal(String words) {
        return new ShareAView(ViewAbout.community(new Slug("kendal")), ContributorRole.MEMBER_OF_PUBLIC,
                new ViewText(words), ContactDetails.none(), new Consent(false, true), Optional.empty());
    }

    /** {@code dataSource}, noting the SQL of every statement prepared or run on its connections. */
    private DataSource recording(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) method.invoke(target, args), this::connectionCall)
                : method.invoke(target, args));
    }

    private Object connectionCall(Object connection, java.lang.reflect.Method method, Object[] args) throws Exception {
        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
            statements.add(sql);
        }
        Object answer = method.invoke(connection, args);
        if (method.getName().equals("createStatement")) {
            return proxy(Statement.class, answer, (statement, call, callArgs) -> {
                if (callArgs != null && callArgs.length > 0 && callArgs[0] instanceof String sql) {
                    statements.add(sql);
                }
                return call.invoke(statement, callArgs);
            });
        }
        return answer;
    }

    @FunctionalInterface
    private interface Call {
        Object on(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler handler = (ignored, method, args) -> {
            try {
                return call.on(target, method, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }
}
