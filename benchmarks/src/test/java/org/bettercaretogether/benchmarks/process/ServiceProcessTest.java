package org.bettercaretogether.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path data;

    @Test
    void onJdk25AFirstStartWritesTheAheadOfTimeCacheAndEveryLaterStartReadsIt() throws IOException {
        assumeTrue(JavaRuntime.feature() >= 25, "the ahead-of-time cache is written in one run from JDK 25");

        assertThat(ServiceProcess.startUpCache(data)).containsExactly("-XX:AOTCacheOutput=" + data.resolve("bct.aot"));

        Files.write(data.resolve("bct.aot"), new byte[] {1});
        assertThat(ServiceProcess.startUpCache(data)).containsExactly("-XX:AOTCache=" + data.resolve("bct.aot"));
    }

    @Test
    void beforeJdk25EveryStartReadsAndWritesAClassDataArchive() {
        assumeTrue(JavaRuntime.feature() < 25, "before JDK 25 the class-data archive is used");

        assertThat(ServiceProcess.startUpCache(data)).containsExactly("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + data.resolve("bct.jsa"));
    }
}
