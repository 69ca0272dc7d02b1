package org.bettercaretogether.benchmarks.report;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bettercaretogether.benchmarks.process.JavaRuntime;

/** Finds out what the run happened on: processors, memory, system, JDK, and the repository's commit. */
public final class MachineSurvey {

    private MachineSurvey() {
    }

    /** @param postgres the server's version and kind, as the run found them */
    public static Machine describe(String postgres, Path repository) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        String commit = git(repository, "rev-parse", "--short=12", "HEAD").orElse("unknown");
        boolean changed = git(repository, "status", "--porcelain", "--untracked-files=no")
                .map(status -> !status.isBlank()).orElse(false);
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu(), os(), JavaRuntime.description(),
                postgres, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), commit,
                changed);
    }

    private static String cpu() {
        return read(Path.of("/proc/cpuinfo")).flatMap(info -> info.lines()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst())
                .orElse(System.getProperty("os.arch"));
    }

    private static String os() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return read(Path.of("/etc/os-release")).flatMap(release -> release.lines()
                        .filter(line -> line.startsWith("PRETTY_NAME="))
                        .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst())
                .map(name -> name + " (" + kernel + ")").orElse(kernel);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isReadable(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** What a short git command printed, if git is there and answered in time. */
    private static Optional<String> git(Path repository, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
