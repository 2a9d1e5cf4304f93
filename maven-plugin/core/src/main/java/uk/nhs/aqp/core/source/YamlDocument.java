package uk.nhs.aqp.core.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One YAML file as read: its tree (Jackson nodes, numbers with a fraction as exact decimals) and
 * the position of every node.
 *
 * @param path the file on disk
 * @param root the document's tree
 * @param sources positions keyed by JSON pointer; {@code sources.file()} is the project-relative path
 */
public record YamlDocument(Path path, JsonNode root, SourceMap sources) {

    public String displayPath() {
        return sources.file();
    }
}
