package org.bettercaretogether.web.opendata;

import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.opendata.PublishOpenData;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The editions of the open data kept on this node's disk, under one folder: each in a folder of its own, named by the
 * moment of its data, that appears whole (it is written under a hidden name, then renamed) and is never changed. The
 * newest is the one served; the one before it stays, so a download started just before a new edition appeared
 * finishes from the files it opened, and older ones are removed.
 *
 * <p>Each node of the service keeps its own editions: they are made from the shared database, so they differ only
 * in how recent they are, which each states.
 */
public final class OpenDataShelf {

    private static final String ABOUT = "edition.properties";
    private static final String INCOMING = ".incoming-";
    private static final int KEPT = 2;

    private final Path folder;

    public OpenDataShelf(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** One edition: the date of its data, how many rows each set has, and where its files are. */
    public record Edition(Path folder, Instant dataAsOf, Map<OpenDataSet, Long> rows) {
        public Edition {
            rows = Map.copyOf(rows);
        }

        /** The file of this edition named {@code name} (such as {@code partners.csv}), if it is one of its files. */
        public Optional<Path> file(String name) {
            return Stream.of(OpenDataSet.values()).flatMap(set -> OpenDataFiles.fileNames(set).stream())
                    .filter(name::equals).findFirst().map(folder::resolve).filter(Files::isRegularFile);
        }
    }

    /** The newest whole edition, if one has been made. */
    public Optional<Edition> newest() {
        return editions().stream().findFirst().flatMap(OpenDataShelf::read);
    }

    /**
     * Makes a new edition from what {@code publish} gives, makes it the newest, and removes all but the last
     * {@value #KEPT}. A failure leaves the editions as they were.
     */
    public Edition refresh(PublishOpenData publish) {
        Path incoming = folder.resolve(INCOMING + UUID.randomUUID());
        try {
            Files.createDirectories(incoming);
            OpenDataFiles.Written written = OpenDataFiles.write(publish, incoming);
            Properties about = new Properties();
            about.setProperty("dataAsOf", written.dataAsOf().toString());
            written.rows().forEach((set, rows) -> about.setProperty(set.fileName(), Long.toString(rows)));
            try (OutputStream out = Files.newOutputStream(incoming.resolve(ABOUT))) {
                about.store(out, "An edition of the Better Care Together open data");
            }
            Path edition = folder.resolve(String.format("%015d", written.dataAsOf().toEpochMilli()));
            if (Files.exists(edition)) {
                removeQuietly(incoming); // an edition of that same moment is there already
            } else {
                move(incoming, edition);
            }
            editions().stream().skip(KEPT).forEach(OpenDataShelf::removeQuietly);
            return read(edition).orElseThrow();
        } catch (IOException failure) {
            removeQuietly(incoming);
            throw new UncheckedIOException(failure);
        } catch (RuntimeException failure) {
            removeQuietly(incoming);
            throw failure;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(from, to);
        }
    }

    /** The whole editions, newest first. */
    private List<Path> editions() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(entry -> entry.getFileName().toString().matches("[0-9]{15}"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<Edition> read(Path edition) {
        Properties about = new Properties();
        try (InputStream in = Files.newInputStream(edition.resolve(ABOUT))) {
            about.load(in);
        } catch (IOException removedMeanwhile) {
            return Optional.empty();
        }
        Map<OpenDataSet, Long> rows = new EnumMap<>(OpenDataSet.class);
        for (OpenDataSet set : OpenDataSet.values()) {
            rows.put(set, Long.parseLong(about.getProperty(set.fileName(), "0")));
        }
        return Optional.of(new Edition(edition, Instant.parse(about.getProperty("dataAsOf")), rows));
    }

    private static void removeQuietly(Path edition) {
        if (!Files.exists(edition)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(edition)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException stillThere) {
            // removed at the next refresh; a download may have held a file open on a system that locks them
        }
    }
}
