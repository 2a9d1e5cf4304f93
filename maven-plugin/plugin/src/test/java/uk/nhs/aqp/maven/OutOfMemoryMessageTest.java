package uk.nhs.aqp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** A goal that runs out of heap names the cap, the file that sets it and what to do, not a stack trace. */
class OutOfMemoryMessageTest {

    @Test
    void the_message_names_the_heap_cap_where_it_is_set_and_how_to_raise_it() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");

        MojoExecutionException e = PacksGoal.outOfMemory("aqp:site", error);

        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        assertEquals("aqp:site ran out of memory: this Maven JVM may use at most " + megabytes + " MB of heap (-Xmx; this "
                + "project sets it in .mvn/jvm.config). Raise it there (for example -Xmx1g) and build again; documents, bundle "
                + "and site are only replaced once complete, so the previous ones are as they were", e.getMessage());
        assertSame(error, e.getCause(), "the cause is kept for -e");
    }
}
