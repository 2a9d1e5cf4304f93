package uk.nhs.aqp.core.render.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script loading into the engine (the PDF gems come with one) changes Asciidoctor's classes, so
 * no conversion runs meanwhile. When the gems loaded while HTML converted on other threads, a cold
 * 29-pack build failed: "undefined method `sub?' for Asciidoctor::Block".
 */
@Tag("render")
class ScriptsLoadAloneTest {

    private static final String SCRIPT_ENDED = "aqp.test.script-ended";

    @TempDir
    Path build;

    @Test
    void a_conversion_started_while_a_script_loads_waits_for_it_to_finish() throws Exception {
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(build, Map.of(), "nhs-theme.yml", "document.css")) {
            HtmlFormat html = new HtmlFormat();
            html.convert(engine, "= Before", assets);
            // the script notes when it ends, inside the load: a time taken after runOnce returns
            // could come after the waiting conversion, which may start the moment the load ends
            System.clearProperty(SCRIPT_ENDED);
            Thread load = new Thread(() -> engine.runOnce("slow", ("sleep 1.5\nrequire 'java'\n"
                    + "java.lang.System.setProperty('" + SCRIPT_ENDED + "', java.lang.System.nanoTime.to_s)\n")
                    .getBytes(StandardCharsets.UTF_8)));
            load.start();
            while (!engine.loadingScript() && load.isAlive()) {
                Thread.onSpinWait();
            }
            html.convert(engine, "= During", assets);
            long converted = System.nanoTime();
            load.join();
            long ended = Long.parseLong(System.getProperty(SCRIPT_ENDED));
            assertTrue(converted > ended, "the conversion ran while the script was loading");
        }
    }
}
