package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.source.FileKind;

/**
 * Breaks the repository's real packs in ways an author might (delete an id, give a scalar the
 * wrong type, cut a file short, paste in junk bytes) and checks that every broken copy yields at
 * least one diagnostic and never an exception. Mutations come from a fixed seed, so a failure
 * reproduces.
 */
class PackMutationTest {

    private static final long SEED = 20121220L;
    private static final int PER_KIND_AND_FILE = 3;
    private static final Pattern ID_LINE = Pattern.compile("(?m)^\\s*(- )?id: .*\\n");
    private static final Pattern SCALAR_LINE = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z]+): ([^\\s>|\\[{&*!#'\"-][^\\n]*)$");

    private static Toolkit toolkit;

    @TempDir
    static Path work;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    record Mutation(String name, Path packFile, UnaryOperator<byte[]> change) {
    }

    @TestFactory
    Stream<DynamicTest> every_mutation_of_a_real_pack_is_reported_without_an_exception() throws IOException {
        Path root = TestPaths.repositoryRoot();
        Random random = new Random(SEED);
        List<Mutation> mutations = new ArrayList<>();
        List<Path> packDirs;
        try (Stream<Path> s = Files.list(root.resolve("packs/national"))) {
            packDirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path pack : packDirs) {
            for (FileKind kind : FileKind.packFiles()) {
                Path file = pack.resolve(kind.fileName());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String label = pack.getFileName() + "/" + kind.fileName();
                for (int i = 0; i < PER_KIND_AND_FILE; i++) {
                    mutations.add(new Mutation(label + " delete an id #" + i, file,
                            deleteMatch(text, ID_LINE, random.nextInt(1000))));
                    mutations.add(new Mutation(label + " scalar becomes a mapping #" + i, file,
                            scalarToMapping(text, random.nextInt(1000))));
                    mutations.add(new Mutation(label + " truncated #" + i, file,
                            truncateBeforeRequiredKey(text, kind, random)));
                    mutations.add(new Mutation(label + " junk bytes #" + i, file,
                            junk(random.nextInt(text.length()), random)));
                }
            }
        }
        return mutations.stream().filter(m -> m.change() != null)
                .map(m -> DynamicTest.dynamicTest(m.name(), () -> run(root, m)));
    }

    private void run(Path root, Mutation m) throws IOException {
        Path project = Files.createTempDirectory(work, "mutant");
        TestPaths.copyTree(root.resolve("packs/standard"), project.resolve("packs/standard"));
        Path pack = m.packFile().getParent();
        Path copy = project.resolve("packs/national").resolve(pack.getFileName().toString());
        TestPaths.copyTree(pack, copy);
        Path target = copy.resolve(m.packFile().getFileName().toString());
        Files.write(target, m.change().apply(Files.readAllBytes(target)));
        ValidationResult result = assertDoesNotThrow(
                () -> toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent()));
        assertFalse(result.diagnostics().isEmpty(), m.name() + " yielded no diagnostic");
    }

    /** Removes the n-th (modulo count) match of {@code p}. */
    private static UnaryOperator<byte[]> deleteMatch(String text, Pattern p, int n) {
        List<int[]> spans = spans(text, p);
        if (spans.isEmpty()) return null;
        int[] s = spans.get(n % spans.size());
        return bytes -> (text.substring(0, s[0]) + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** Every scalar position in the schemas holds text, a number or a boolean: a mapping there is always wrong. */
    private static UnaryOperator<byte[]> scalarToMapping(String text, int n) {
        Matcher m = SCALAR_LINE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(2), m.end(2)});
        if (spans.isEmpty()) return null;
        int[] s = spans.get(n % spans.size());
        return bytes -> (text.substring(0, s[0]) + "{mutated: true}" + text.substring(s[1]))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Cuts the file somewhere before the last top-level key that its schema requires. */
    private static UnaryOperator<byte[]> truncateBeforeRequiredKey(String text, FileKind kind, Random random) {
        JsonNode schema = schema(kind);
        int last = -1;
        for (JsonNode key : schema.path("required")) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key.asText()) + ":").matcher(text);
            if (m.find()) last = Math.max(last, m.start());
        }
        if (last <= 0) return null;
        int cut = random.nextInt(last);
        return bytes -> text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
    }

    /** Inserts random bytes, always including one that is never valid UTF-8. */
    private static UnaryOperator<byte[]> junk(int at, Random random) {
        byte[] junk = new byte[1 + random.nextInt(8)];
        random.nextBytes(junk);
        junk[random.nextInt(junk.length)] = (byte) 0xFF;
        return bytes -> {
            int pos = Math.min(at, bytes.length);
            byte[] out = new byte[bytes.length + junk.length];
            System.arraycopy(bytes, 0, out, 0, pos);
            System.arraycopy(junk, 0, out, pos, junk.length);
            System.arraycopy(bytes, pos, out, pos + junk.length, bytes.length - pos);
            return out;
        };
    }

    private static List<int[]> spans(String text, Pattern p) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static JsonNode schema(FileKind kind) {
        try {
            return new ObjectMapper().readTree(TestPaths.repositoryRoot().resolve("schema").resolve(kind.schemaName()).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
