package org.bettercaretogether.persistence.sampledata;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The words search will find in the published texts of views being copied, made while the copy goes on, on a thread
 * and a connection of their own, and committed there ({@code search_words_ahead}, V31).
 *
 * <p>The copy keeps one of the database's cores busy; turning texts into words, over half of what
 * {@code search_views_again()} does after a load, takes the other one meanwhile, and that function then makes only
 * the words of texts not made here. So nothing here is needed for a right result: if making the words fails, the
 * load goes on, says so once, and the texts are turned into words after it, as before. Texts are handed over a
 * batch at a time; at most {@value #BATCHES_WAITING} batches wait, and a copy faster than the words waits for them.
 */
final class SearchWordsAhead {

    private static final Logger log = LoggerFactory.getLogger(SearchWordsAhead.class);

    static final int BATCHES_WAITING = 4;
    /** Marks the end of the texts: a list of its own, told apart from any other by identity. */
    private static final List<String> END = Collections.unmodifiableList(new ArrayList<>());
    private static final String MAKE_WORDS = "insert into search_words_ahead (text_md5, words)"
            + " select md5(text)::uuid, search_words(text, 'B') from unnest(?::text[]) as text on conflict do nothing";

    private final BlockingQueue<List<String>> waiting = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Thread maker;
    private volatile boolean stopped;

    private SearchWordsAhead(DSLContext dsl) {
        maker = Thread.ofPlatform().name("search-words-ahead").daemon().unstarted(() -> make(dsl));
    }

    /** Starts making words on a connection of {@code dsl}'s pool, in a transaction of their own. */
    static SearchWordsAhead start(DSLContext dsl) {
        SearchWordsAhead ahead = new SearchWordsAhead(dsl);
        ahead.maker.start();
        return ahead;
    }

    /** Hands over published texts not handed over before; once making words has failed, they are let go. */
    void add(List<String> texts) {
        if (!texts.isEmpty()) {
            handOver(texts);
        }
    }

    /** Returns once the words of every text handed over are made and committed, or making them has failed. */
    void finish() {
        handOver(END);
        join();
    }

    /** Stops making words, keeping none of those not yet committed (the copy failed). */
    void cancel() {
        stopped = true;
        maker.interrupt();
        join();
    }

    private void handOver(List<String> texts) {
        try {
            while (!stopped && !waiting.offer(texts, 100, TimeUnit.MILLISECONDS)) {
                // The words are behind the copy: the copy waits, as both need the same cores.
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing texts over to be made into words", interrupted);
        }
    }

    private void make(DSLContext dsl) {
        try {
            dsl.transaction(transaction -> {
                DSLContext sql = transaction.dsl();
                for (List<String> texts = waiting.take(); texts != END; texts = waiting.take()) {
                    if (stopped) {
                        throw new IllegalStateException("stopped");
                    }
                    sql.execute(MAKE_WORDS, (Object) texts.toArray(String[]::new));
                }
            });
        } catch (RuntimeException failed) {
            if (!stopped) {
                // Neither the statement nor PostgreSQL's message: the texts are views' words.
                log.info("The words search finds were not made during the copy ({}); they are made after it",
                        failed.getClass().getSimpleName());
            }
        } finally {
            stopped = true;
            waiting.clear();
        }
    }

    private void join() {
        try {
            maker.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
