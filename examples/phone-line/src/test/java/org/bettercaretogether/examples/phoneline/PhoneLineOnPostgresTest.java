package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.core.BetterCareTogether;
import org.bettercaretogether.core.MailSettings;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The phone line on the library over a real PostgreSQL (the embedded server the project's tests share): an empty
 * database for each case, which the library migrates and fills with the reference data as it starts; mail goes to
 * files in a folder of the case's own.
 */
class PhoneLineOnPostgresTest extends PhoneLineScenarios {

    @TempDir
    Path mailDrop;

    private TestDatabase database;

    @Override
    protected BetterCareTogether startLibrary() {
        database = TestDatabases.create("phoneline");
        return BetterCareTogether.builder()
                .dataSource(database.dataSource())
                .mail(MailSettings.mailDropIn(mailDrop))
                .build();
    }

    @Override
    protected void afterLibraryClosed() {
        database.close();
    }
}
