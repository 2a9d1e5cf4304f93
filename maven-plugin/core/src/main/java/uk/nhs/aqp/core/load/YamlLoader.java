package uk.nhs.aqp.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.Excerpt;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Reads one YAML file into a tree with a position for every node. Bad files never throw: they
 * report {@code yaml.*} diagnostics and yield nothing.
 */
public final class YamlLoader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** How many leading bytes are looked at for a NUL that marks a binary file. */
    private static final int BINARY_SNIFF = 8000;
    /** The longest message of SnakeYAML's that a diagnostic repeats. */
    private static final int SYNTAX_EXCERPT = 120;

    private final LoadLimits limits;

    public YamlLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads {@code file}, reporting problems against {@code displayPath} (the project-relative
     * path printed in diagnostics). Opens only a regular file: a named pipe would block the build
     * for ever, a device would never end.
     */
    public Optional<YamlDocument> load(Path file, String displayPath, DiagnosticSink sink) {
        Origin whole = new Origin(displayPath, 1, 1, "");
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                sink.report("pack.not-a-file", Origin.ofFile(displayPath),
                        attributes.isDirectory() ? "a folder" : ProjectBoundary.special(file));
                return Optional.empty();
            }
            long size = attributes.size();
            if (size > limits.maxFileBytes()) {
                sink.report("yaml.too-large", whole, size, limits.maxFileBytes());
                return Optional.empty();
            }
            byte[] bytes = read(file);
            if (bytes.length > limits.maxFileBytes()) { // it grew since it was measured
                sink.report("yaml.too-large", whole, "more than " + limits.maxFileBytes(), limits.maxFileBytes());
                return Optional.empty();
            }
            Optional<String> text = decode(bytes, displayPath, sink);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return parse(file, text.get(), displayPath, sink);
        } catch (IOException e) {
            sink.report("yaml.unreadable", Origin.ofFile(displayPath), ProjectBoundary.reason(e));
            return Optional.empty();
        }
    }

    /** The file's bytes, at most one past the size limit, however much it grew since it was measured. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
        }
    }

    private Optional<YamlDocument> parse(Path file, String text, String displayPath, DiagnosticSink sink) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported with both positions by the tree builder
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node node;
        try {
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new CoreSchemaResolver(), options);
            node = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            reportSyntax(e, displayPath, sink);
            return Optional.empty();
        } catch (ReaderException e) {
            sink.report("yaml.syntax", at(text, e.getPosition(), displayPath), String.format(Locale.ROOT,
                    "the character U+%04X cannot appear in YAML; remove it", e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException e) {
            reportLimit(e, displayPath, sink);
            return Optional.empty();
        } catch (StackOverflowError e) {
            sink.report("yaml.depth-limit", new Origin(displayPath, 1, 1, ""), limits.maxDepth());
            return Optional.empty();
        }
        if (node == null) {
            sink.report("yaml.empty", new Origin(displayPath, 1, 1, ""));
            return Optional.empty();
        }
        if (!(node instanceof MappingNode)) {
            // said without quoting it: a file that is not a pack file may hold anything
            sink.report("yaml.not-a-mapping", new Origin(displayPath, node.getStartMark().getLine() + 1,
                    node.getStartMark().getColumn() + 1, ""), node instanceof SequenceNode ? "a list" : "a single value");
            return Optional.empty();
        }
        return new YamlTreeBuilder(displayPath, text, limits, sink).build(node)
                .map(tree -> new YamlDocument(file, tree.root(), tree.sources()));
    }

    private Optional<String> decode(byte[] bytes, String displayPath, DiagnosticSink sink) {
        if (binary(bytes)) {
            sink.report("yaml.binary", Origin.ofFile(displayPath));
            return Optional.empty();
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            sink.report("yaml.encoding", new Origin(displayPath, 1, 1, ""), "a UTF-16 byte-order mark");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            String what = String.format(Locale.ROOT, "byte 0x%02X", bytes[in.position()] & 0xFF);
            sink.report("yaml.encoding", new Origin(displayPath, line, column, ""), what);
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        int unprintable = TextCharacters.firstUnprintable(text);
        if (unprintable >= 0) {
            int cp = text.codePointAt(unprintable);
            Origin at = TextCharacters.origin(displayPath, "", text, 0, 1, 1, unprintable);
            if (cp == 0) {
                sink.report("yaml.encoding", at, "a NUL character");
            } else {
                sink.report("yaml.control-character", at, TextCharacters.name(cp));
            }
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A NUL byte near the start, as git judges it: a binary file, not text in any 8-bit encoding. */
    private static boolean binary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        // one stray NUL in a text file is reported at its line and column; binary data has many
        int nuls = 0;
        for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF) && !utf16; i++) {
            if (bytes[i] == 0 && ++nuls > 1) return true;
        }
        return false;
    }

    /** The line and column of the code point at {@code index} of {@code text}. */
    private static Origin at(String text, int index, String displayPath) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i = text.offsetByCodePoints(i, 1), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Origin(displayPath, line, column, "");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    private void reportSyntax(MarkedYAMLException e, String displayPath, DiagnosticSink sink) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Origin at = mark == null ? new Origin(displayPath, 1, 1, "")
                : new Origin(displayPath, mark.getLine() + 1, mark.getColumn() + 1, "");
        String problem = e.getProblem() == null ? "" : e.getProblem().trim();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("'\t'")) {
            sink.report("yaml.tab", at);
        } else if (problem.contains("expected a single document")
                || String.valueOf(e.getContext()).contains("expected a single document")) {
            sink.report("yaml.multiple-documents", at);
        } else {
            String context = e.getContext() == null ? "" : e.getContext().trim() + ": ";
            // SnakeYAML's words may echo the file (an alias name, a character): only a short excerpt
            sink.report("yaml.syntax", at, Excerpt.of(context + problem, SYNTAX_EXCERPT));
        }
    }

    private void reportLimit(YAMLException e, String displayPath, DiagnosticSink sink) {
        Origin at = new Origin(displayPath, 1, 1, "");
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            sink.report("yaml.alias-limit", at, limits.maxAliases());
        } else if (message.contains("Nesting Depth") || message.contains("nesting")) {
            sink.report("yaml.depth-limit", at, limits.maxDepth());
        } else if (message.contains("code points")) {
            sink.report("yaml.too-large", at, "more than " + limits.maxFileBytes(), limits.maxFileBytes());
        } else {
            sink.report("yaml.syntax", at, Excerpt.of(message, SYNTAX_EXCERPT));
        }
    }
}
