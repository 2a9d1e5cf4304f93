package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Accepts upstream drift after review: records the current national value in each change's
 * {@code was} and moves {@code base.version} to the national version. Edits only those values in
 * the file's text, so comments, order and layout survive.
 */
public final class AdaptationRebaser {

    /**
     * What a rebase did.
     *
     * @param text the new file text
     * @param updated targets whose {@code was} was rewritten
     * @param gone targets that no longer exist upstream: they need a person, not a rebase
     */
    public record Rebased(String text, List<String> updated, List<String> gone, boolean versionMoved) {
        public boolean changedAnything() {
            return versionMoved || !updated.isEmpty();
        }
    }

    private record Edit(int start, int end, String replacement) {
    }

    /** Rebases {@code adaptationText} (already schema-valid) onto the national documents at {@code nationalVersion}. */
    public Rebased rebase(String adaptationText, YamlDocument adaptation, Map<FileKind, YamlDocument> national,
            String nationalVersion) {
        Node root = compose(adaptationText);
        List<Edit> edits = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        JsonNode changes = adaptation.root().path("changes");
        Optional<SequenceNode> changeNodes = child(root, "changes").filter(SequenceNode.class::isInstance)
                .map(SequenceNode.class::cast);
        for (int i = 0; i < changes.size() && changeNodes.isPresent(); i++) {
            JsonNode change = changes.get(i);
            if ("add".equals(change.path("op").asText())) continue;
            TargetPath target = TargetPath.parse(change.path("target").asText()).orElseThrow();
            TreeLocator.Located now = TreeLocator.locate(national.get(target.file()).root(), target.segments());
            if (!now.found()) {
                gone.add(target.text());
                continue;
            }
            if (JsonValues.same(change.get("was"), now.node())) continue;
            MappingNode item = (MappingNode) changeNodes.get().getValue().get(i);
            tuple(item, "was").ifPresent(t -> {
                edits.add(replaceValue(adaptationText, t, now.node()));
                updated.add(target.text());
            });
        }
        boolean move = !adaptation.root().at("/base/version").asText().equals(nationalVersion) && gone.isEmpty();
        if (move) {
            child(root, "base").flatMap(base -> tuple((MappingNode) base, "version"))
                    .ifPresent(t -> edits.add(replaceValue(adaptationText, t,
                            com.fasterxml.jackson.databind.node.TextNode.valueOf(nationalVersion))));
        }
        if (!gone.isEmpty()) {
            return new Rebased(adaptationText, List.of(), gone, false);
        }
        StringBuilder text = new StringBuilder(adaptationText);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> text.replace(e.start(), e.end(), e.replacement()));
        return new Rebased(text.toString(), updated, gone, move);
    }

    /**
     * Replaces what follows {@code key:} up to the value's end, keeping the whitespace after it
     * (and so a comment after a scalar on the same line).
     */
    private static Edit replaceValue(String text, NodeTuple tuple, JsonNode value) {
        Node key = tuple.getKeyNode();
        int colon = text.indexOf(':', key.getEndMark().getIndex());
        int start = colon + 1;
        int end = tuple.getValueNode().getEndMark().getIndex();
        String old = text.substring(start, end);
        int keep = old.length() - old.replaceAll("\\s+$", "").length();
        return new Edit(start, end - keep, YamlText.afterKey(value, key.getStartMark().getColumn()));
    }

    private static Optional<Node> child(Node mapping, String key) {
        return mapping instanceof MappingNode m ? tuple(m, key).map(NodeTuple::getValueNode) : Optional.empty();
    }

    private static Optional<NodeTuple> tuple(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)).findFirst();
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                .getSingleNode();
    }
}
