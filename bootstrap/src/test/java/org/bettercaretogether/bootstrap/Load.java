package org.bettercaretogether.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Several clients using the running service at once, each in a loop, in turn reading a community's page, reading the
 * API and giving a view through the API, and noting every answer: when it was sent, how long it took, and what it was.
 * Closing it stops the clients and waits for them.
 */
final class Load implements AutoCloseable {

    /** One request and what came of it; {@code status} is -1 when no answer came (the connection failed). */
    record Answer(int client, String method, String path, long sentNanos, long answeredNanos, int status,
                  String contentType, String retryAfter, String body) {

        Duration took() {
            return Duration.ofNanos(answeredNanos - sentNanos);
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return "client " + client + ": " + method + " " + path + " answered " + status + " in " + took().toMillis()
                    + " ms";
        }
    }

    private static final Duration PACE = Duration.ofMillis(20);

    private final String base;
    private final List<Thread> clients = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Load(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Starts {@code count} clients on the service at {@code port}. */
    static Load start(int port, int count) {
        Load load = new Load(port);
        for (int client = 0; client < count; client++) {
            int number = client;
            load.clients.add(Thread.ofPlatform().name("load-client-" + client).daemon(true)
                    .start(() -> load.run(number)));
        }
        return load;
    }

    private void run(int client) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int turn = client; running.get(); turn++) {
            HttpRequest request = switch (turn % 3) {
                case 0 -> HttpRequest.newBuilder(URI.create(base + "/communities/kendal")).GET().build();
                case 1 -> HttpRequest.newBuilder(URI.create(base + "/api/v1/communities")).GET().build();
                default -> HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"about\": \"programme\", \"role\": \"OTHER\", "
                                + "\"text\": \"The service kept working, view " + client + "-" + turn + ".\"}"))
                        .build();
            };
            answers.add(send(http, client, request));
            // Pacing, so that a few clients do not take all of the machine's two cores: not a wait for anything.
            LockSupport.parkNanos(PACE.toNanos());
        }
        http.close();
    }

    private static Answer send(HttpClient http, int client, HttpRequest request) {
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(30)).build();
        String path = request.uri().getPath();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(timed, HttpResponse.BodyHandlers.ofString());
            return new Answer(client, request.method(), path, sent, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException failed) {
            return new Answer(client, request.method(), path, sent, System.nanoTime(), -1, "", null,
                    failed.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(client, request.method(), path, sent, System.nanoTime(), -1, "", null, "interrupted");
        }
    }

    /** Every answer so far, in the order they came. */
    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The answers so far to requests sent at or after {@code nanos} ({@link System#nanoTime()}). */
    List<Answer> sentSince(long nanos) {
        return answers.stream().filter(answer -> answer.sentNanos() >= nanos).toList();
    }

    /** Whether every client has had {@code count} answers that pass {@code test} among those sent since {@code nanos}. */
    boolean everyClientHad(int count, Predicate<Answer> test, long nanos) {
        Map<Integer, Long> passed = sentSince(nanos).stream().filter(test)
                .collect(Collectors.groupingBy(Answer::client, Collectors.counting()));
        return clients.size() == passed.size() && passed.values().stream().allMatch(seen -> seen >= count);
    }

    /** Whether the last {@code count} answers of every client pass {@code test}, all sent since {@code nanos}. */
    boolean everyClientsLast(int count, Predicate<Answer> test, long nanos) {
        Map<Integer, List<Answer>> byClient = sentSince(nanos).stream()
                .collect(Collectors.groupingBy(Answer::client, TreeMap::new, Collectors.toList()));
        return byClient.size() == clients.size() && byClient.values().stream().allMatch(mine -> mine.size() >= count
                && mine.subList(mine.size() - count, mine.size()).stream().allMatch(test));
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(40));
        }
    }
}
