package uk.nhs.aqp.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work spread over threads comes back in the items' order, whatever the threads and sizes. */
class LargestFirstTest {

    @Test
    void results_keep_the_order_of_the_items_on_one_thread_or_many() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<String> expected = items.stream().map(i -> "item " + i).toList();
        for (int threads : List.of(1, 2, 7)) {
            assertEquals(expected, LargestFirst.map(items, i -> i % 13, i -> "item " + i, threads));
        }
        assertEquals(List.of(), LargestFirst.map(List.<Integer>of(), i -> i, i -> i, 4));
    }

    @Test
    void the_largest_items_are_started_first() {
        List<Integer> order = new CopyOnWriteArrayList<>();
        LargestFirst.map(List.of(1, 50, 3, 900, 20), i -> i, i -> order.add(i), 1);
        assertEquals(List.of(900, 50, 20, 3, 1), order);
    }

    @Test
    void a_failure_is_thrown_to_the_caller_after_the_threads_stop() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LargestFirst.map(
                IntStream.range(0, 100).boxed().toList(), i -> 1, i -> {
                    if (i == 42) throw new IllegalStateException("item 42 is broken");
                    return i;
                }, 3));
        assertEquals("item 42 is broken", e.getMessage());
    }
}
