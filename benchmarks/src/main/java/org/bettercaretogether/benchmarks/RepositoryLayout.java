package org.bettercaretogether.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are, found from the benchmark's own jar ({@code benchmarks/target/bct-benchmarks.jar}) so that the
 * command works from any directory: the repository, the service's jar, and {@code benchmarks/target} for the
 * results.
 *
 * @param root   the repository
 * @param target {@code benchmarks/target}
 */
record RepositoryLayout(Path root, Path target) {

    static RepositoryLayout locate() {
        Path code;
        try {
            code = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException unknown) {
            code = null;
        }
        // benchmarks/target/bct-benchmarks.jar, or benchmarks/target/classes when run from an IDE
        if (code != null && code.getParent() != null && code.getParent().getFileName().toString().equals("target")) {
            Path target = code.getParent().toAbsolutePath();
            Path root = target.getParent().getParent();
            if (root != null && Files.isDirectory(root.resolve("bootstrap"))) {
                return new RepositoryLayout(root, target);
            }
        }
        Path here = Path.of("").toAbsolutePath();
        return new RepositoryLayout(here, here.resolve("benchmarks").resolve("target"));
    }

    Path serviceJar() {
        return root.resolve("bootstrap").resolve("target").resolve("bct.jar");
    }
}
