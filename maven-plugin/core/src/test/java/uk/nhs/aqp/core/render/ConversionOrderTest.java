package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
        List<DocumentConversion.Job> jobs = new ArrayList<>();
        for (DocumentFormat format : List.of(HTML, PDF)) {
            for (String d : documents) {
                jobs.add(new DocumentConversion.Job(d + "." + format.extension(), null, format, null, d + ".yaml"));
            }
        }
        return jobs;
    }

    private static List<String> paths(List<DocumentConversion.Job> jobs) {
        return jobs.stream().map(DocumentConversion.Job::path).toList();
    }

    @Test
    void documents_convert_format_by_format_html_first_each_in_document_order() {
        assertEquals(List.of("a.html", "b.html", "c.html", "a.pdf", "b.pdf", "c.pdf"),
                paths(DocumentConversion.schedule(jobs("c", "a", "b"))));
    }

    @Test
    void without_pdf_the_documents_convert_in_document_order() {
        List<DocumentConversion.Job> html = jobs("c", "a", "b").stream().filter(j -> j.format() == HTML).toList();
        assertEquals(List.of("a.html", "b.html", "c.html"), paths(DocumentConversion.schedule(html)));
    }

    @Test
    void the_time_left_counts_each_format_at_its_own_pace() {
        List<DocumentConversion.Job> jobs = jobs("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        DocumentConversion.Pace pace = new DocumentConversion.Pace(jobs, 2);
        pace.done(jobs.get(0), TimeUnit.MILLISECONDS.toNanos(100));
        pace.done(jobs.get(1), TimeUnit.MILLISECONDS.toNanos(100));
        // no PDF has finished yet: ten HTML documents say nothing about how long the PDFs take
        assertEquals("[aqp] render: 2 of 20 documents (0 from the cache) after 12 s; estimating the time left",
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
