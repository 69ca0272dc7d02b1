package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The static files the pages link to ({@link Assets}): our own under {@value Assets#OWN_ASSETS_PATH}, GOV.UK
 * Frontend's from its webjar under {@code /webjars/govuk-frontend/{version}/dist/govuk/}. Each is read from the
 * classpath the first time it is asked for and kept in memory (they are a few hundred kilobytes in all), with a
 * strong {@code ETag}; GOV.UK Frontend's are kept by browsers for a year, as their address names their version.
 *
 * <p>Why not Jetty's static files: served from inside the runnable jar, each of its handlers mounts the whole jar as a
 * file system (four times each, tens of thousands of entries), which took a second of every start and 40 MB of a
 * small heap, to serve a dozen files.
 */
final class StaticFiles implements Routes {

    private static final String GOVUK_DIRECTORY = "META-INF/resources/webjars/govuk-frontend/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "map", "application/json", "json", "application/json",
            "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon", "woff", "font/woff",
            "woff2", "font/woff2");

    private final Map<String, Optional<File>> read = new ConcurrentHashMap<>();

    /** A file as it is served. */
    private record File(byte[] content, String type, String etag) {
    }

    private static final String OWN_FILES = Assets.OWN_ASSETS_PATH + "/<file>";
    private static final String GOVUK_FILES = "/webjars/govuk-frontend/<file>";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(OWN_FILES, ctx -> serve(ctx, Assets.OWN_ASSETS_DIRECTORY.substring(1) + "/", ctx.pathParam("file"),
                "public, max-age=3600"));
        routes.get(GOVUK_FILES, ctx -> serve(ctx, GOVUK_DIRECTORY, ctx.pathParam("file"),
                "public, max-age=31536000, immutable"));
    }

    /** Whether a route is one of these, which the server's list of routes leaves out: they are files, not pages. */
    static boolean serves(String route) {
        return route.equals(OWN_FILES) || route.equals(GOVUK_FILES);
    }

    private void serve(Context ctx, String directory, String name, String caching) {
        Optional<File> found = name.contains("..") || name.startsWith("/") || name.contains("\\")
                || !TYPES.containsKey(extension(name))
                ? Optional.empty() : read.computeIfAbsent(directory + name, StaticFiles::load);
        if (found.isEmpty()) {
            read.remove(directory + name); // misses are not kept: anyone can ask for any name
            throw HttpProblem.notFound("There is no file at this address.");
        }
        File file = found.get();
        ctx.header("Cache-Control", caching).header("ETag", file.etag());
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.type()).result(file.content());
    }

    private static Optional<File> load(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12)
                    + "\"";
            return Optional.of(new File(content, TYPES.get(extension(resource)), etag));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
