package org.bettercaretogether.benchmarks.report;

import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's report as indented JSON, every figure included (each round, every failure counted). */
public final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static void write(RunReport report, Path file) {
        JSON.writeValue(file.toFile(), report);
    }
}
