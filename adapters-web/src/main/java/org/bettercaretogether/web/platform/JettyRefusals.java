package org.bettercaretogether.web.platform;

import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer Jetty gives itself when it refuses a request before any handler of ours sees it: an address it cannot
 * take ({@code %00}, an ambiguous path), a malformed or too large header, a request line too long. Jetty's own page
 * names its version and echoes the message; this one carries the same security headers as every other answer
 * ({@link SecurityHeaders}), {@code Cache-Control: no-store}, and a small body that says nothing about the server:
 * under {@code /api/}, or when the address could not even be read, the same RFC 9457
 * {@code application/problem+json} document as {@link ErrorHandling} writes, elsewhere a plain HTML page.
 *
 * <p>Installed as the Jetty server's error handler by {@link WebServer}.
 */
final class JettyRefusals extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyRefusals.class);

    /** The addresses Jetty gives a request whose own address it could not read. */
    private static final List<String> UNREAD_ADDRESSES = List.of("/badMessage", "/badURI");

    private final JsonMapper json;

    JettyRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException refusal) {
            status = refusal.getCode();
        }
        if (status == 505) {
            // Jetty reads a request line without a version, or with one it does not speak, as a version it does not
            // support; either is a request this server cannot read, as any other malformed request line.
            status = 400;
        }
        if (status < 400 || status > 599) {
            status = 500;
        }
        response.setStatus(status);
        String path = pathOf(request);
        String incident = null;
        if (status >= 500) {
            incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            LOG.error("Incident {}: the server refused a request before it reached a handler ({})", incident, status,
                    cause);
        } else {
            // Not the address: it may hold a private link's secret, or anything at all.
            LOG.debug("The server refused a request before it reached a handler: {} {}", status,
                    cause == null ? "" : cause.getClass().getSimpleName());
        }
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.of(path == null ? "/" : path, request.isSecure()).forEach(headers::put);
        headers.put("Cache-Control", "no-store");
        String detail = detail(status, incident);
        byte[] body;
        // An address that could not be read may well have been under /api/: a problem document is a small, safe body
        // for anyone.
        if (path == null || ErrorHandling.isApi(path)) {
            headers.put("Content-Type", Problem.MEDIA_TYPE);
            body = json.writeValueAsBytes(new Problem(Problem.ABOUT_BLANK, phrase(status), status, detail, path,
                    List.of(), incident));
        } else {
            headers.put("Content-Type", "text/html; charset=utf-8");
            body = page(status, detail).getBytes(StandardCharsets.UTF_8);
        }
        if ("HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The path the request asked for, or null when Jetty could not read its address. */
    private static String pathOf(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return path == null || path.isEmpty() || UNREAD_ADDRESSES.contains(path) ? null : path;
    }

    private static String detail(int status, String incident) {
        return switch (status) {
            case 400 -> "The request could not be read: its request line, its address or one of its headers is "
                    + "malformed.";
            case 413 -> "The request is too large.";
            case 414 -> "The address is too long.";
            case 431 -> "The request's headers are too large.";
            default -> incident != null
                    ? "Something went wrong on our side. If you contact us about it, quote incident " + incident + "."
                    : phrase(status) + ".";
        };
    }

    private static String phrase(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    }

    private static String page(int status, String detail) {
        String heading = status >= 500 ? "Sorry, there is a problem with the service"
                : "There is a problem with your request";
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + heading
                + " – Better Care Together</title>\n</head>\n<body>\n<h1>" + heading + "</h1>\n<p>" + detail
                + "</p>\n<p><a href=\"/\">Go to the home page</a></p>\n</body>\n</html>\n";
    }
}
