import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.MatcherRule;
import org.jooq.meta.jaxb.Matchers;
import org.jooq.meta.jaxb.MatchersForeignKeyType;
import org.jooq.meta.jaxb.Strategy;
import org.jooq.meta.jaxb.Target;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the jOOQ classes from the Flyway migrations, so that the migrations stay the one source of the schema.
 *
 * <p>Run by the build (exec-maven-plugin, phase generate-sources) as a single-file program:
 * {@code java -cp <plugin classpath> GenerateJooqClasses.java <migrations dir> <output dir> <fingerprint file>}.
 * It starts an embedded PostgreSQL, applies the migrations with Flyway, lets jOOQ's {@code GenerationTool} read the
 * resulting schema and stops the database again, whatever happened. It records a fingerprint of its inputs (the
 * migrations, this program, the versions on its class path) and does nothing when they are unchanged.
 */
public final class GenerateJooqClasses {

    private static final String TARGET_PACKAGE = "org.bettercaretogether.persistence.jooq";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateJooqClasses <migrations dir> <output dir> <fingerprint file>");
            System.exit(2);
        }
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        Path fingerprintFile = Path.of(args[2]).toAbsolutePath();

        String fingerprint = fingerprint(migrations);
        Path generatedPackage = output.resolve(TARGET_PACKAGE.replace('.', File.separatorChar));
        if (Files.isDirectory(generatedPackage) && Files.isRegularFile(fingerprintFile)
                && Files.readString(fingerprintFile).equals(fingerprint)) {
            System.out.println("jOOQ classes are up to date with the migrations");
            return;
        }

        long started = System.nanoTime();
        Files.deleteIfExists(fingerprintFile);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var result = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                GenerationTool tool = new GenerationTool();
                tool.setConnection(connection);
                tool.run(configuration(output));
            }
            System.out.printf("jOOQ classes generated from %d migration(s) in %.1f s%n",
                    result.migrationsExecuted, (System.nanoTime() - started) / 1e9);
        }
        Files.createDirectories(fingerprintFile.getParent());
        Files.writeString(fingerprintFile, fingerprint);
    }

    private static Configuration configuration(Path output) {
        return new Configuration()
                .withGenerator(new Generator()
                        .withName("org.jooq.codegen.JavaGenerator")
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                // No schema in the generated SQL: queries follow the connection's search path,
                                // where Flyway put the tables, whatever the schema is called on a given server.
                                .withOutputSchemaToDefault(true)
                                .withIncludes(".*")
                                .withExcludes("flyway_schema_history"))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                // workstream_partner would make partner.workstream() mean two things (lead or
                                // involved); many-to-many paths are not needed, to-one and to-many ones remain.
                                .withImplicitJoinPathsManyToMany(false)
                                .withGeneratedAnnotation(false)
                                .withPojos(false)
                                .withDaos(false))
                        // consultation.replaces refers to consultation itself: by default its path to the new version
                        // and its path back to the one replaced would both be consultation(), and jOOQ would say so
                        // as an error on every build. Named for what they mean, each has a name of its own.
                        .withStrategy(new Strategy().withMatchers(new Matchers().withForeignKeys(
                                new MatchersForeignKeyType().withExpression("consultation_replaces_fkey")
                                        .withPathMethodName(new MatcherRule().withExpression("replaces"))
                                        .withPathMethodNameInverse(new MatcherRule().withExpression("replacedBy")))))
                        .withTarget(new Target()
                                .withPackageName(TARGET_PACKAGE)
                                .withDirectory(output.toString())
                                .withEncoding("UTF-8")
                                .withClean(true)));
    }

    /** What the generated classes depend on: the migrations, this program and the libraries' versions. */
    private static String fingerprint(Path migrations) throws IOException, NoSuchAlgorithmException {
        if (!Files.isDirectory(migrations)) {
            throw new IOException("no migrations directory at " + migrations);
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            update(digest, migrations.relativize(file).toString().replace(File.separatorChar, '/'));
            digest.update(Files.readAllBytes(file));
        }
        Path self = Path.of(System.getProperty("jdk.launcher.sourcefile", "src/codegen/GenerateJooqClasses.java"));
        if (!Files.isRegularFile(self)) {
            throw new IOException("cannot read this program's own source to fingerprint it: " + self);
        }
        digest.update(Files.readAllBytes(self));
        // Jar names carry the versions (jOOQ, Flyway, PostgreSQL binaries); their folders do not matter.
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName())
                .filter(name -> name != null && name.toString().endsWith(".jar"))
                .map(Path::toString)
                .sorted()
                .forEach(name -> update(digest, name));
        update(digest, TARGET_PACKAGE);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
