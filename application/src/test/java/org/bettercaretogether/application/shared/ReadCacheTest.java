package org.bettercaretogether.application.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadCacheTest {

    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong otherPart = new AtomicLong();
    private final ReadCache cache = new ReadCache(parts -> parts.contains(StoredData.VIEWS)
            ? version.get() + otherPart.get() : version.get(), 3);

    private String read(String what) {
        return cache.get(List.of("page", what), Set.of(StoredData.DIRECTORY), () -> what + " #" + reads.incrementAndGet());
    }

    @Test
    void an_answer_is_given_again_while_the_stored_data_stays_the_same() {
        assertThat(read("kendal")).isEqualTo("kendal #1");
        assertThat(read("kendal")).isEqualTo("kendal #1");
        assertThat(read("furness")).isEqualTo("furness #2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_answer_is_read_again_once_the_stored_data_has_changed() {
        read("kendal");
        version.incrementAndGet();

        assertThat(read("kendal")).isEqualTo("kendal #2");
        assertThat(read("kendal")).isEqualTo("kendal #2");
    }

    @Test
    void an_answer_stays_kept_when_only_a_part_of_the_data_it_was_not_read_from_changes() {
        read("kendal");
        otherPart.incrementAndGet();

        assertThat(read("kendal")).isEqualTo("kendal #1");
    }

    @Test
    void an_answer_read_while_the_data_changed_is_kept_under_the_version_seen_before_and_read_again_next_time() {
        String answer = cache.get("during a change", Set.of(StoredData.DIRECTORY), () -> {
            version.incrementAndGet(); // another writer commits while this answer is being read
            return "read #" + reads.incrementAndGet();
        });

        assertThat(answer).isEqualTo("read #1");
        assertThat(cache.get("during a change", Set.of(StoredData.DIRECTORY), () -> "read #" + reads.incrementAndGet()))
                .isEqualTo("read #2");
    }

    @Test
    void a_full_cache_starts_again_rather_than_grow() {
        read("a");
        read("b");
        read("c");
        read("d");

        assertThat(read("d")).isEqualTo("d #4");
        assertThat(read("a")).as("dropped when the cache filled up").isEqualTo("a #5");
    }

    @Test
    void readers_that_find_an_answer_missing_at_the_same_moment_wait_for_one_read_of_it() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = readers.submit(() -> cache.get("slow", Set.of(StoredData.DIRECTORY), () -> {
                reading.countDown();
                await(finish);
                return "read #" + reads.incrementAndGet();
            }));
            reading.await();
            var others = IntStream.range(0, 5).mapToObj(i -> readers.submit(() ->
                    cache.get("slow", Set.of(StoredData.DIRECTORY), () -> "read #" + reads.incrementAndGet()))).toList();
            finish.countDown();

            assertThat(first.get()).isEqualTo("read #1");
            for (var other : others) {
                assertThat(other.get()).isEqualTo("read #1");
            }
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_read_that_fails_is_not_kept() {
        assertThatThrownBy(() -> cache.get("broken", Set.of(StoredData.DIRECTORY),
                () -> { throw new IllegalStateException("the store is away"); })).hasMessage("the store is away");

        assertThat(cache.get("broken", Set.of(StoredData.DIRECTORY), () -> "read again")).isEqualTo("read again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void a_cache_that_keeps_nothing_reads_every_time() {
        ReadCache none = ReadCache.none();

        none.get("x", Set.of(StoredData.DIRECTORY), reads::incrementAndGet);
        none.get("x", Set.of(StoredData.DIRECTORY), reads::incrementAndGet);

        assertThat(reads).hasValue(2);
    }
}
