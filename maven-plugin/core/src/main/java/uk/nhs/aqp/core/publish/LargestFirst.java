package uk.nhs.aqp.core.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs one piece of work per item on every core, the largest items first, and returns the
 * results in the items' order, so the output does not depend on the number of threads.
 *
 * <p>A parallel stream splits its items into fixed halves up front: when a few items are much
 * larger than the rest (a 7 MB table beside a thousand 80 kB pack files, an 11 MB quality page
 * beside a thousand local pages), one thread ends up with most of the work while the other waits.
 * Here each thread takes the next largest item still waiting, so the threads finish together.
 * The calling thread works too.
 */
public final class LargestFirst {

    private LargestFirst() {
    }

    /**
     * {@code work} applied to each item, on {@code availableProcessors} threads.
     *
     * @param size how much work an item is, roughly (its bytes); only the order matters
     * @throws RuntimeException the first one {@code work} threw, after every thread has stopped
     */
    public static <T, R> List<R> map(List<T> items, ToLongFunction<T> size, Function<T, R> work) {
        return map(items, size, work, Runtime.getRuntime().availableProcessors());
    }

    static <T, R> List<R> map(List<T> items, ToLongFunction<T> size, Function<T, R> work, int threads) {
        int n = items.size();
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = size.applyAsLong(items.get(i));
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed().thenComparing(i -> i));
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int k; failure.get() == null && (k = next.getAndIncrement()) < n; ) {
                int i = order[k];
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, n); t++) {
            Thread helper = new Thread(worker, "aqp-work-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            joinUninterruptibly(helper);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return java.util.Collections.unmodifiableList(list);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
