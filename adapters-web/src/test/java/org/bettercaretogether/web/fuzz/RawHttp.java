package org.bettercaretogether.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken byte by byte over a socket, one request a connection: unlike {@code java.net.http}, it sends any
 * method, address, header or body, however malformed, and shows what the server answered to exactly that.
 */
final class RawHttp {

    private static final byte[] CRLF = {'\r', '\n'};

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** What the server answered: its status (0 when it closed the connection without one), headers and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends a request whose request line (method, target, version) is {@code requestLine}, with these headers and body. */
    Answer send(byte[] requestLine, List<byte[]> headers, byte[] body) throws IOException {
        return send(requestLine, headers, body, false);
    }

    /**
     * As {@link #send(byte[], List, byte[])}; {@code endInput} closes the connection's sending side once the request is
     * sent, so that a server waiting for more of a body than came learns that no more will.
     */
    Answer send(byte[] requestLine, List<byte[]> headers, byte[] body, boolean endInput) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(requestLine);
        request.writeBytes(CRLF);
        for (byte[] header : headers) {
            request.writeBytes(header);
            request.writeBytes(CRLF);
        }
        request.writeBytes(CRLF);
        if (body != null) {
            request.writeBytes(body);
        }
        // A server that refuses a request before reading all of it answers, then closes with bytes of the request
        // still unread, which makes its kernel reset the connection; a reset that reaches this side before the
        // answer is read discards the answer. On a busy machine that race can be lost several times running (five
        // once, with the build of other modules beside the tests), so asking again, a little later each time, tells
        // it from a server that never answers.
        byte[] answer = null;
        for (int asked = 0; answer == null && asked < 10; asked++) {
            if (asked > 0) {
                pause(Duration.ofMillis(20L * asked));
            }
            answer = exchange(request.toByteArray(), endInput);
        }
        return parse(answer == null ? new byte[0] : answer);
    }

    private static void pause(Duration pause) throws IOException {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted between two tries of a request");
        }
    }

    /** The bytes answered to {@code request}; null when the connection was reset before a byte of them was read. */
    private byte[] exchange(byte[] request, boolean endInput) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException closedEarly) {
                // the server may answer and close before taking the whole request (a 414 for a huge address): what
                // it said is read below
            }
            if (endInput) {
                try {
                    socket.shutdownOutput();
                } catch (IOException alreadyClosed) {
                    // the server may answer and close before the whole request is sent
                }
            }
            return readAll(socket.getInputStream());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // a server that refuses a request may reset the connection after answering: keep what came, if anything
            return all.size() == 0 ? null : all.toByteArray();
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        Answer answer = parseOne(raw);
        // An interim answer (100 Continue) comes before the final one.
        while (answer.status() >= 100 && answer.status() < 200 && answer.body().length > 0) {
            answer = parseOne(answer.body());
        }
        return answer;
    }

    private static Answer parseOne(byte[] raw) {
        int end = indexOf(raw, new byte[]{'\r', '\n', '\r', '\n'});
        if (end < 0) {
            return new Answer(0, Map.of(), raw);
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("[0-9]{3}") ? Integer.parseInt(statusLine[1]) : 0;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (status >= 100 && status < 200) {
            return new Answer(status, headers, body);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, CRLF, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(length, chunked.length - start));
            at = start + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
