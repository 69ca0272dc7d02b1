package org.bettercaretogether.benchmarks.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection to a server, used by one thread at a time: it sends a request, reads the whole
 * answer ({@code Content-Length}, chunked, or up to the end of the connection) and keeps the socket open for the
 * next one, opening a new socket when the server closed the last.
 *
 * <p>Why not {@code java.net.http.HttpClient}: the load generator needs each worker to own exactly one connection,
 * so that "32 connections" means 32 sockets, and the client's own cost to be small and the same for every server
 * measured. Nothing here is compressed ({@code Accept-Encoding} is never sent), and redirects are not followed.
 */
public final class HttpConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;
    private static final byte[] CRLF = {'\r', '\n'};

    private final String host;
    private final int port;
    private final byte[] discardBuffer = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The origin this connection talks to, as a browser would send it in {@code Origin}. */
    public String origin() {
        return "http://" + host + ":" + port;
    }

    /** Sends the request and reads the answer with its body. */
    public HttpResponse send(HttpRequest request) throws IOException {
        return send(request, true);
    }

    /**
     * Sends the request and reads the answer; with {@code keepBody} false the body is read and counted but not
     * kept, so that measuring a large page costs the client no allocation.
     */
    public HttpResponse send(HttpRequest request, boolean keepBody) throws IOException {
        if (socket == null || socket.isClosed()) {
            open();
        }
        try {
            writeRequest(request);
            return readResponse(request, keepBody);
        } catch (IOException | RuntimeException failure) {
            close();
            throw failure;
        }
    }

    private void open() throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.setKeepAlive(true);
        opened.setSoTimeout(READ_TIMEOUT_MILLIS);
        opened.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream(), 64 * 1024);
        out = new BufferedOutputStream(opened.getOutputStream(), 16 * 1024);
    }

    private void writeRequest(HttpRequest request) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.body().length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(request.body());
        out.flush();
    }

    private HttpResponse readResponse(HttpRequest request, boolean keepBody) throws IOException {
        int status;
        Map<String, List<String>> headers;
        do { // 1xx answers (100 Continue) come before the real one
            String statusLine = readLine();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("Not an HTTP/1.x status line: " + statusLine);
            }
            status = Integer.parseInt(parts[1]);
            headers = readHeaders();
        } while (status >= 100 && status < 200);

        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
        long length;
        boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304;
        String transfer = first(headers, "transfer-encoding");
        String contentLength = first(headers, "content-length");
        boolean closeAfter = "close".equalsIgnoreCase(first(headers, "connection"));
        if (bodyless) {
            length = 0;
        } else if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
            length = readChunked(kept);
        } else if (contentLength != null) {
            length = Long.parseLong(contentLength.strip());
            copy(length, kept);
        } else {
            length = copyToEnd(kept);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new HttpResponse(status, headers, kept == null ? new byte[0] : kept.toByteArray(), length);
    }

    private Map<String, List<String>> readHeaders() throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private long readChunked(ByteArrayOutputStream kept) throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
            if (size == 0) {
                readHeaders(); // trailers, up to the empty line
                return total;
            }
            copy(size, kept);
            total += size;
            if (!readLine().isEmpty()) {
                throw new IOException("A chunk did not end with CRLF");
            }
        }
    }

    private void copy(long length, ByteArrayOutputStream kept) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(discardBuffer, 0, (int) Math.min(discardBuffer.length, left));
            if (read < 0) {
                throw new EOFException("The connection closed " + left + " bytes before the end of the body");
            }
            if (kept != null) {
                kept.write(discardBuffer, 0, read);
            }
            left -= read;
        }
    }

    private long copyToEnd(ByteArrayOutputStream kept) throws IOException {
        long total = 0;
        for (int read = in.read(discardBuffer); read >= 0; read = in.read(discardBuffer)) {
            if (kept != null) {
                kept.write(discardBuffer, 0, read);
            }
            total += read;
        }
        return total;
    }

    /** A header or status line, without its CRLF (HTTP heads are ISO-8859-1). */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("The server closed the connection"
                        + (line.isEmpty() ? "" : " in the middle of a line: " + line));
            }
            if (next == CRLF[1]) {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == CRLF[0]) {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) next);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed: nothing more to do
            }
            socket = null;
        }
    }
}
