package org.bettercaretogether.bootstrap;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Several clients sending numbered requests to running services, each taking the next number when its last request
 * was answered for good, as a careful client of an API does: a request answered 503 (the service cannot reach its
 * database just now), or not at all (the connection failed), is sent again, the same request with the same
 * idempotency key, until another answer comes. Any other answer is final, a 500 included: the service promises a 503
 * when its database is away. Closing it stops the clients and waits for them.
 */
final class RetryingClients implements AutoCloseable {

    /** The answer that ended request {@code number}, after {@code tries} sendings, to the service {@code on}. */
    record Answer(int number, int on, int status, String body, int tries) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "request " + number + " answered " + status + " after " + tries + " tries: " + body;
        }
    }

    /** How long a client waits before sending a request again: not a wait for anything, a client's manners. */
    private static final Duration BACK_OFF = Duration.ofMillis(50);

    private final List<String> bases;
    private final int requests;
    private final Request request;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> retriedAfter = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();

    /** How request {@code number} is made, to the service at {@code base} ({@code http://localhost:port}). */
    @FunctionalInterface
    interface Request {
        HttpRequest.Builder to(String base, int number);
    }

    private RetryingClients(List<Integer> ports, int requests, Request request) {
        this.bases = ports.stream().map(port -> "http://localhost:" + port).toList();
        this.requests = requests;
        this.request = request;
    }

    /**
     * Starts {@code clients} clients sending requests numbered 0 to {@code requests - 1}, each made by {@code request};
     * request {@code n} goes to the service on {@code ports[n % ports.size()]}.
     */
    static RetryingClients start(List<Integer> ports, int clients, int requests, Request request) {
        RetryingClients started = new RetryingClients(ports, requests, request);
        for (int client = 0; client < clients; client++) {
            started.clients.add(Thread.ofPlatform().name("retrying-client-" + client).daemon(true)
                    .start(started::run));
        }
        return started;
    }

    private void run() {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            for (int number = next.getAndIncrement(); number < requests && running.get();
                 number = next.getAndIncrement()) {
                sendUntilAnswered(http, number);
            }
        }
    }

    private void sendUntilAnswered(HttpClient http, int number) {
        int on = number % bases.size();
        HttpRequest sent;
        try {
            sent = request.to(bases.get(on), number).timeout(Duration.ofSeconds(30)).build();
        } catch (RuntimeException broken) {
            answers.add(new Answer(number, on, 0, "the test could not make the request: " + broken, 0));
            return;
        }
        for (int tries = 1; running.get(); tries++) {
            int status;
            String body;
            try {
                HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException failed) {
                status = -1;
                body = failed.toString();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            if (status != 503 && status != -1) {
                answers.add(new Answer(number, on, status, body, tries));
                return;
            }
            retriedAfter.computeIfAbsent(status, ignored -> new LongAdder()).increment();
            LockSupport.parkNanos(BACK_OFF.toNanos());
        }
    }

    /** How many requests have been answered for good. */
    int answered() {
        return answers.size();
    }

    /** Whether every request has been answered for good. */
    boolean done() {
        return answered() == requests;
    }

    /** The answers for good so far, in the order they came. */
    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many times a request was sent again after a 503 and after no answer (-1). */
    Map<Integer, Long> retriedAfter() {
        Map<Integer, Long> counts = new TreeMap<>();
        retriedAfter.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(40));
        }
    }
}
