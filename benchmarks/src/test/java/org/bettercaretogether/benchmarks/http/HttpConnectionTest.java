package org.bettercaretogether.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a scripted server on a local socket: each request is answered with the next canned answer. */
class HttpConnectionTest {

    private ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void readsALengthAnswerThenAChunkedOneOnTheSameConnection() throws Exception {
        answer("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2\r\n\r\nhello",
                "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\n\r\n");

        try (var connection = new HttpConnection("localhost", server.getLocalPort())) {
            HttpResponse first = connection.send(HttpRequest.get("/one"));
            HttpResponse second = connection.send(HttpRequest.get("/two"), false);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.text()).isEqualTo("hello");
            assertThat(first.headers("set-cookie")).containsExactly("a=1; Path=/", "b=2");
            assertThat(second.status()).isEqualTo(404);
            assertThat(second.successful()).isFalse();
            assertThat(second.bodyLength()).isEqualTo(7);
            assertThat(second.body()).isEmpty();
        }
        assertThat(requests).hasSize(2);
        assertThat(requests.getFirst()).startsWith("GET /one HTTP/1.1\r\nHost: localhost:");
    }

    @Test
    void sendsABodyWithItsLength() throws Exception {
        answer("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");

        try (var connection = new HttpConnection("localhost", server.getLocalPort())) {
            var answer = connection.send(HttpRequest.post("/insert", "application/json", "{\"text\":\"é\"}",
                    Map.of("Idempotency-Key", "k1")));

            assertThat(answer.status()).isEqualTo(201);
        }
        assertThat(requests.getFirst()).contains("Content-Type: application/json\r\n", "Idempotency-Key: k1\r\n",
                "Content-Length: 13\r\n").endsWith("\r\n\r\n{\"text\":\"é\"}");
    }

    /** Serves one connection, reading a request (head and Content-Length body) before each canned answer. */
    private void answer(String... answers) {
        Thread.ofPlatform().daemon().start(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                for (String answer : answers) {
                    requests.add(readRequest(in));
                    socket.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                }
            } catch (IOException closed) {
                // the test ended
            }
        });
    }

    private static String readRequest(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        String text = head.toString(StandardCharsets.UTF_8);
        int length = text.lines().filter(line -> line.startsWith("Content-Length: "))
                .mapToInt(line -> Integer.parseInt(line.substring(16))).findFirst().orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
