package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.publish.Content;

/**
 * The link check reads a copied document again only when it changed since the build before read
 * it. To see that a file was not read, a test changes its bytes in place and puts its size and
 * time back, which the documents stage never does: a check that used the memo still sees the old
 * links.
 */
class LinkMemoTest {

    private static final String GOOD = "<a href=\"../../packs/a/index.html\">pack</a>";
    private static final String BROKEN = "<a href=\"../../packs/x/index.html\">pack</a>";

    @TempDir
    Path work;

    private Path document;
    private Path memoFile;

    @BeforeEach
    void aDocumentWrittenAnHourAgo() throws IOException {
        document = work.resolve("docs/a/spec.html");
        Files.createDirectories(document.getParent());
        Files.writeString(document, GOOD);
        Files.setLastModifiedTime(document, FileTime.from(Instant.now().minusSeconds(3600)));
        memoFile = work.resolve(LinkMemo.FILE);
    }

    @Test
    void an_unchanged_document_is_not_read_again() throws IOException {
        assertEquals(List.of(), check());
        overwriteInPlace(BROKEN);
        assertEquals(List.of(), check(), "the second check read the document although it had not changed");
    }

    @Test
    void a_document_the_documents_stage_replaced_is_read_again() throws IOException {
        assertEquals(List.of(), check());
        Path replacement = work.resolve("docs/a/.spec.html.new");
        Files.writeString(replacement, BROKEN);
        Files.move(replacement, document, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(List.of("site/docs/a/spec.html:1:10: error: [site.broken-link] docs/a/spec.html links to "
                + "../../packs/x/index.html, but the site has no packs/x/index.html"), check());
    }

    @Test
    void a_document_modified_just_before_it_was_read_is_read_again() throws IOException {
        Files.setLastModifiedTime(document, FileTime.from(Instant.now()));
        assertEquals(List.of(), check());
        overwriteInPlace(BROKEN);
        assertEquals(1, check().size(), "a change within the clock tick of the first read went unseen");
    }

    @Test
    void a_damaged_memo_is_not_used() throws IOException {
        assertEquals(List.of(), check());
        byte[] memo = Files.readAllBytes(memoFile);
        memo[memo.length / 2] ^= 1;
        Files.write(memoFile, memo);
        overwriteInPlace(BROKEN);
        assertEquals(1, check().size(), "a memo that fails its checksum was trusted");
    }

    @Test
    void the_memo_keeps_only_the_pages_of_the_last_build() throws IOException {
        assertEquals(List.of(), check());
        Path other = work.resolve("docs/a/other.html");
        Files.writeString(other, GOOD);
        Map<String, Content> files = site();
        files.remove("docs/a/spec.html");
        files.put("docs/a/other.html", Content.copyOf(other));
        LinkMemo memo = LinkMemo.load(memoFile);
        LinkChecker.check(files, Map.of(), memo, p -> p, new DiagnosticSink());
        String kept = new String(memo.bytes(), StandardCharsets.ISO_8859_1);
        assertEquals(List.of(true, false), List.of(kept.contains("docs/a/other.html"), kept.contains("docs/a/spec.html")));
    }

    /** Checks the site of a pack page and the document, with the memo the last check left, and keeps the new memo. */
    private List<String> check() throws IOException {
        LinkMemo memo = Files.exists(memoFile) ? LinkMemo.load(memoFile) : LinkMemo.empty();
        DiagnosticSink sink = new DiagnosticSink();
        LinkChecker.check(site(), Map.of(), memo, p -> "site/" + p, sink);
        Files.write(memoFile, memo.bytes());
        return sink.sorted().stream().map(d -> d.format()).toList();
    }

    private Map<String, Content> site() {
        Map<String, Content> files = new TreeMap<>();
        files.put("packs/a/index.html", Content.of("<a href=\"../../docs/a/spec.html\">spec</a>".getBytes(StandardCharsets.UTF_8)));
        files.put("docs/a/spec.html", Content.copyOf(document));
        return files;
    }

    /** Rewrites the document in the same file, keeping its size and modification time. */
    private void overwriteInPlace(String html) throws IOException {
        FileTime time = Files.getLastModifiedTime(document);
        assertEquals(Files.size(document), html.length());
        Files.writeString(document, html, StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(document, time);
    }
}
