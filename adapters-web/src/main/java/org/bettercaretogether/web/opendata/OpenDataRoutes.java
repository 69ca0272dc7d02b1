package org.bettercaretogether.web.opendata;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * {@code GET /open-data}: the data sets, the date of their data, the licence and the downloads of the newest edition;
 * {@code GET /open-data/data-dictionary}: every column of every set, its type and meaning;
 * {@code GET /open-data/downloads/{file}}: a file of the newest edition, streamed from disk (a name that is not one
 * of its files is a 404). Editions do not change once made, so a file's address names its content until the next one.
 */
record OpenDataRoutes(OpenDataShelf shelf) implements Routes {

    static final String PAGE = "/open-data";
    static final String DICTIONARY = "/open-data/data-dictionary";
    static final String DOWNLOADS = "/open-data/downloads/";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, ctx -> ctx.render("opendata/open-data.jte", Map.of("data", OpenDataPage.of(shelf.newest()))));
        routes.get(DICTIONARY, ctx -> ctx.render("opendata/data-dictionary.jte",
                Map.of("data", OpenDataPage.of(shelf.newest()))));
        routes.get(DOWNLOADS + "{file}", this::download);
    }

    private void download(Context ctx) {
        String name = ctx.pathParam("file");
        OpenDataShelf.Edition edition = shelf.newest().orElseThrow(() -> HttpProblem.notFound(
                "The open data is being prepared: there is no file to download yet."));
        Path file = edition.file(name).orElseThrow(() -> HttpProblem.notFound("There is no such open data file."));
        try {
            ctx.header("Cache-Control", "public, max-age=3600")
                    .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            edition.dataAsOf().atOffset(ZoneOffset.UTC)))
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .contentType(name.endsWith(".csv") ? "text/csv; charset=utf-8; header=present"
                            : "application/json")
                    .result(Files.newInputStream(file));
        } catch (NoSuchFileException removedMeanwhile) {
            throw HttpProblem.notFound("A newer edition of the open data has just replaced this one: try again.");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
