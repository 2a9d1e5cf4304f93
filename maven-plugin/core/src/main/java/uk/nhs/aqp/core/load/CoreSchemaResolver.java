package uk.nhs.aqp.core.load;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars by the YAML 1.2 core schema rather than YAML 1.1: only
 * {@code true}/{@code false} are booleans (so {@code no}, {@code on} or {@code NO} stay text), and
 * dates stay text (the schemas check their format).
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");
    static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    static final Pattern INT = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
    static final Pattern FLOAT = Pattern.compile(
            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "tTfF", 10);
        addImplicitResolver(Tag.INT, INT, "-+0123456789", 100);
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789", 100);
        addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
        addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null, 10);
    }
}
