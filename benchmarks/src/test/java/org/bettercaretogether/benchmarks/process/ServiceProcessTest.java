package org.bettercaretogether.benchmarks.process;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    private static final Path DATA = Path.of("service-data");

    @Test
    void onJdk25TheFirstStartTrainsTheAheadOfTimeCacheThatLaterStartsRead() {
        assertThat(ServiceProcess.classCache(DATA, ServiceProcess.Start.FIRST, false, 25))
                .containsExactly("-XX:AOTCacheOutput=" + DATA.resolve("bct.aot"));
        assertThat(ServiceProcess.classCache(DATA, ServiceProcess.Start.AGAIN, false, 26))
                .containsExactly("-XX:AOTCache=" + DATA.resolve("bct.aot"));
    }

    @Test
    void aRecordedStartGoesWithoutTheAheadOfTimeCacheWhoseModulesItWouldNotMatch() {
        assertThat(ServiceProcess.classCache(DATA, ServiceProcess.Start.AGAIN, true, 25)).isEmpty();
    }

    @Test
    void beforeJdk25EveryStartSharesOneClassDataArchive() {
        List<String> archive = List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + DATA.resolve("bct.jsa"));
        assertThat(ServiceProcess.classCache(DATA, ServiceProcess.Start.FIRST, false, 21)).isEqualTo(archive);
        assertThat(ServiceProcess.classCache(DATA, ServiceProcess.Start.AGAIN, true, 24)).isEqualTo(archive);
    }
}
