package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.convert.HtmlFormat;
import uk.nhs.aqp.core.render.convert.PdfFormat;

/**
 * The order documents are converted in, and the time left the progress line gives: a PDF takes
 * many times an HTML document to convert, and the first one may also wait for the PDF gems.
 */
class ConversionOrderTest {

    private static final DocumentFormat HTML = new HtmlFormat();
    private static final DocumentFormat PDF = new PdfFormat();

    private static List<DocumentConversion.Job> jobs(String... documents) {
        return sized(java.util.Arrays.stream(documents).collect(java.util.stream.Collectors.toMap(d -> d, d -> 1_000L,
                (x, y) -> x, java.util.LinkedHashMap::new)));
    }

    /** Each document in HTML, then in PDF; the values are the bytes of each document's AsciiDoc. */
    private static List<DocumentConversion.Job> sized(Map<String, Long> documents) {
        List<DocumentConversion.Job> jobs = new ArrayList<>();
        for (DocumentFormat format : List.of(HTML, PDF)) {
            documents.forEach((d, bytes) -> jobs.add(new DocumentConversion.Job(d + "." + format.extension(),
                    new RenderStage.Generated("", d, null, null, bytes), format, null, d + ".yaml")));
        }
        return jobs;
    }

    /** Two short documents, c before a, and one twenty times as long. */
    private static Map<String, Long> twoShortOneLong() {
        Map<String, Long> documents = new java.util.LinkedHashMap<>();
        documents.put("c", 1_000L);
        documents.put("a", 1_000L);
        documents.put("big", 20_000L);
        return documents;
    }

    private static List<String> paths(List<DocumentConversion.Job> jobs) {
        return jobs.stream().map(DocumentConversion.Job::path).toList();
    }

    @Test
    void the_longest_conversions_start_first_a_pdf_counting_as_many_html_documents() {
        Map<String, Long> documents = twoShortOneLong();
        assertEquals(List.of("big.pdf", "a.pdf", "c.pdf", "big.html", "a.html", "c.html"),
                paths(DocumentConversion.schedule(sized(documents))), "ties in document order");
    }

    @Test
    void after_one_change_the_local_implementation_pack_pdf_starts_first_and_the_rest_fill_the_other_thread() {
        // what a changed KPI target in a local adaptation converts again, with the AsciiDoc sizes of the fork's
        Map<String, Long> documents = new java.util.LinkedHashMap<>();
        documents.put("local/bench-ccg-0001/podiatry/implementation-pack", 120_112L);
        documents.put("local/bench-ccg-0001/podiatry/kpi-schedule", 15_988L);
        documents.put("local/bench-ccg-0001/podiatry/variation-report", 1_701L);
        documents.put("podiatry/local-versions", 7_233L);
        String local = "local/bench-ccg-0001/podiatry/";
        assertEquals(List.of(local + "implementation-pack.pdf", local + "kpi-schedule.pdf", "podiatry/local-versions.pdf",
                local + "implementation-pack.html", local + "variation-report.pdf", local + "kpi-schedule.html",
                "podiatry/local-versions.html", local + "variation-report.html"),
                paths(DocumentConversion.schedule(sized(documents))));
    }

    @Test
    void without_pdf_the_longest_document_converts_first_then_the_rest_in_document_order() {
        Map<String, Long> documents = twoShortOneLong();
        List<DocumentConversion.Job> html = sized(documents).stream().filter(j -> j.format() == HTML).toList();
        assertEquals(List.of("big.html", "a.html", "c.html"), paths(DocumentConversion.schedule(html)));
    }

    @Test
    void the_time_left_counts_each_format_at_its_own_pace_and_a_pdf_at_thirty_html_bytes_until_one_has_finished() {
        List<DocumentConversion.Job> jobs = jobs("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        DocumentConversion.Pace pace = new DocumentConversion.Pace(jobs, 2);
        assertEquals("[aqp] render: 0 of 20 documents (0 from the cache) after 3 s; estimating the time left",
                DocumentConversion.progress(0, 20, 0, TimeUnit.SECONDS.toNanos(3), pace.left()));
        pace.done(jobs.get(0), TimeUnit.MILLISECONDS.toNanos(100));
        pace.done(jobs.get(1), TimeUnit.MILLISECONDS.toNanos(100));
        // no PDF has finished yet: each counts as 30 HTML documents of its size, 8 x 0.1 s + 10 x 3 s on two threads
        assertEquals(Optional.of(TimeUnit.MILLISECONDS.toNanos(15_400)), pace.left());
        assertEquals("[aqp] render: 2 of 20 documents (0 from the cache) after 12 s; about 15 s left",
                DocumentConversion.progress(2, 20, 0, TimeUnit.SECONDS.toNanos(12), pace.left()));
        pace.done(jobs.get(10), TimeUnit.SECONDS.toNanos(2));
        // 8 HTML at 0.1 s and 9 PDF at 2 s, on two threads
        assertEquals(Optional.of(TimeUnit.MILLISECONDS.toNanos(9_400)), pace.left());
        assertEquals("[aqp] render: 3 of 20 documents (0 from the cache) after 14 s; about 9 s left",
                DocumentConversion.progress(3, 20, 0, TimeUnit.SECONDS.toNanos(14), pace.left()));
    }

    @Test
    void the_first_pdf_which_also_loaded_the_pdf_libraries_stops_counting_once_another_has_finished() {
        List<DocumentConversion.Job> jobs = jobs("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        DocumentConversion.Pace pace = new DocumentConversion.Pace(jobs.subList(10, 20), 2);
        pace.done(jobs.get(10), TimeUnit.SECONDS.toNanos(14)); // 12 s of gems, then the document
        assertEquals(Optional.of(TimeUnit.SECONDS.toNanos(63)), pace.left(), "9 more at 14 s, on two threads");
        pace.done(jobs.get(11), TimeUnit.SECONDS.toNanos(2));
        assertEquals(Optional.of(TimeUnit.SECONDS.toNanos(8)), pace.left(), "8 more at 2 s, on two threads");
    }
}
