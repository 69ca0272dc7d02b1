package org.bettercaretogether.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client on a slow line: it sends a request's headers, waits until the service has taken the request and starts
 * reading its body (it asks with {@code Expect: 100-continue}, which the server answers {@code 100 Continue} as the
 * handler reads), then trickles the body a byte at a time and sends the rest only when told: a request held in flight
 * for as long as a test needs.
 */
final class SlowUpload implements AutoCloseable {

    /** The final answer: its status and body. */
    record Answer(int status, String body) {
    }

    private final Socket socket;
    private final byte[] body;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean finishing = new AtomicBoolean();
    private Thread trickling;

    private SlowUpload(Socket socket, byte[] body) {
        this.socket = socket;
        this.body = body;
    }

    /** Sends the headers of a JSON {@code POST} of {@code json} to {@code path}. */
    static SlowUpload begin(int port, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(30_000);
            String headers = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new SlowUpload(socket, body);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Waits for {@code 100 Continue}: the service's handler has the request and waits for its body. */
    void awaitContinue() throws IOException {
        int status = statusOf(readLine());
        if (status != 100) {
            throw new AssertionError("expected 100 Continue, got " + status);
        }
        while (!readLine().isEmpty()) {
            // the interim answer's headers, if any
        }
    }

    /**
     * Starts sending the body one byte every {@code pause}, short of its last byte, as a slow line does: the
     * connection is never idle for long, and the request never complete.
     */
    void trickle(Duration pause) {
        trickling = Thread.ofVirtual().start(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                while (!finishing.get() && sent.get() < body.length - 1) {
                    out.write(body[sent.getAndIncrement()]);
                    out.flush();
                    Thread.sleep(pause);
                }
            } catch (IOException | InterruptedException stopped) {
                // finish() reports what became of the request
            }
        });
    }

    /** Sends the rest of the body and reads the answer. */
    Answer finish() throws IOException, InterruptedException {
        finishing.set(true);
        if (trickling != null) {
            trickling.join();
        }
        OutputStream out = socket.getOutputStream();
        out.write(body, sent.get(), body.length - sent.get());
        out.flush();
        int status = statusOf(readLine());
        int length = -1;
        boolean chunked = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        return new Answer(status, chunked ? readChunks() : new String(readBytes(Math.max(length, 0)),
                StandardCharsets.UTF_8));
    }

    private String readChunks() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(readLine().strip(), 16); size > 0;
             size = Integer.parseInt(readLine().strip(), 16)) {
            content.write(readBytes(size));
            readLine();
        }
        readLine();
        return content.toString(StandardCharsets.UTF_8);
    }

    private byte[] readBytes(int count) throws IOException {
        return socket.getInputStream().readNBytes(count);
    }

    private String readLine() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the connection closed before the answer was complete");
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static int statusOf(String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new AssertionError("not an HTTP status line: " + statusLine);
        }
        return Integer.parseInt(parts[1]);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
