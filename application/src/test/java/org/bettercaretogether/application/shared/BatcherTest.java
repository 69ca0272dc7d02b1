package org.bettercaretogether.application.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void a_lone_caller_is_served_at_once_with_its_own_answer() {
        List<List<Integer>> runs = Collections.synchronizedList(new ArrayList<>());
        Batcher<Integer, String> batcher = new Batcher<>(recording(runs, item -> "item " + item), 8);

        assertThat(batcher.run(7)).isEqualTo("item 7");
        assertThat(runs).containsExactly(List.of(7));
    }

    @Test
    void callers_arriving_while_a_run_is_under_way_are_served_together_each_with_their_own_answer() throws Exception {
        List<List<Integer>> runs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch firstRunMayEnd = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>(recording(runs, item -> {
            if (item == 0) {
                firstRunStarted.countDown();
                await(firstRunMayEnd);
            }
            return "item " + item;
        }), 8);

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = callers.submit(() -> batcher.run(0));
            await(firstRunStarted);
            List<Future<String>> later = new ArrayList<>();
            for (int item = 1; item <= 5; item++) {
                int mine = item;
                later.add(callers.submit(() -> batcher.run(mine)));
            }
            awaitQueued(batcher, later);
            firstRunMayEnd.countDown();

            assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("item 0");
            for (int item = 1; item <= 5; item++) {
                assertThat(later.get(item - 1).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("item " + item);
            }
        }
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void no_run_holds_more_than_the_maximum() throws Exception {
        List<List<Integer>> runs = Collections.synchronizedList(new ArrayList<>());
        Batcher<Integer, Integer> batcher = new Batcher<>(recording(runs, item -> item * 2), 3);

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int item = 0; item < 50; item++) {
                int mine = item;
                answers.add(callers.submit(() -> batcher.run(mine)));
            }
            for (int item = 0; item < 50; item++) {
                assertThat(answers.get(item).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(item * 2);
            }
        }
        assertThat(runs).allSatisfy(run -> assertThat(run).hasSizeBetween(1, 3));
        assertThat(runs.stream().mapToInt(List::size).sum()).isEqualTo(50);
    }

    @Test
    void when_a_run_fails_only_the_caller_whose_item_fails_alone_sees_the_failure() throws Exception {
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch firstRunMayEnd = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>(items -> {
            if (items.contains(0)) {
                firstRunStarted.countDown();
                await(firstRunMayEnd);
            }
            if (items.contains(13)) {
                throw new IllegalArgumentException("13 is refused");
            }
            return items.stream().map(item -> "item " + item).toList();
        }, 8);

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = callers.submit(() -> batcher.run(0));
            await(firstRunStarted);
            Future<String> before = callers.submit(() -> batcher.run(12));
            Future<String> refused = callers.submit(() -> batcher.run(13));
            Future<String> after = callers.submit(() -> batcher.run(14));
            awaitQueued(batcher, List.of(before, refused, after));
            firstRunMayEnd.countDown();

            assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("item 0");
            assertThat(before.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("item 12");
            assertThat(after.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("item 14");
            assertThatThrownBy(() -> refused.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("13 is refused");
        }
    }

    private static <O> Function<List<Integer>, List<O>> recording(List<List<Integer>> runs, Function<Integer, O> each) {
        return items -> {
            runs.add(List.copyOf(items));
            return items.stream().map(each).toList();
        };
    }

    /** Waits until every one of {@code callers} has put its item in the queue and waits for its turn. */
    private static void awaitQueued(Batcher<?, ?> batcher, List<? extends Future<?>> callers) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (batcher.waiting() < callers.size()) {
            assertThat(System.nanoTime()).as("callers queued in time").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
