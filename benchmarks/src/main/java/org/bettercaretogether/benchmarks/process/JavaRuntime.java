package org.bettercaretogether.benchmarks.process;

import java.nio.file.Path;

/** The JDK the benchmark runs on, which every Java child process (the service, the baseline, sample-data) uses too. */
public final class JavaRuntime {

    private JavaRuntime() {
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Such as "Eclipse Adoptium 25.0.1+8-LTS". */
    public static String description() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
    }

    /** The class path the benchmark itself was started with: its jar, from which the baseline server runs. */
    public static String ownClassPath() {
        return System.getProperty("java.class.path");
    }
}
