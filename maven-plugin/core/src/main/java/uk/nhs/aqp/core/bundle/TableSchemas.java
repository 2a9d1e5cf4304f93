package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Output: a table's Frictionless Table Schema, declared inline in {@code datapackage.json}: each
 * field's name, type, title, description, whether it is required, its allowed values and (for
 * numbers in a fixed unit) its {@code unit}; the primary key; and foreign keys to the packs table.
 * An empty cell is a missing value.
 */
final class TableSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode schema(Table table) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Column c : table.columns()) {
            ObjectNode f = fields.addObject();
            f.put("name", c.name());
            f.put("type", c.type().tableSchemaType());
            f.put("title", c.title());
            f.put("description", c.description());
            c.unit().ifPresent(unit -> f.put("unit", unit));
            ObjectNode constraints = f.putObject("constraints");
            constraints.put("required", c.required());
            if (!c.allowed().isEmpty()) {
                ArrayNode allowed = constraints.putArray("enum");
                c.allowed().forEach(allowed::add);
            }
        }
        ArrayNode key = schema.putArray("primaryKey");
        table.primaryKey().forEach(key::add);
        if (!table.references().isEmpty()) {
            ArrayNode foreignKeys = schema.putArray("foreignKeys");
            for (Table.Reference r : table.references()) {
                ObjectNode fk = foreignKeys.addObject();
                ArrayNode from = fk.putArray("fields");
                r.fields().forEach(from::add);
                ObjectNode reference = fk.putObject("reference");
                reference.put("resource", BundleFile.resourceName("tables/" + r.table() + ".csv"));
                ArrayNode to = reference.putArray("fields");
                r.referencedFields().forEach(to::add);
            }
        }
        schema.putArray("missingValues").add("");
        return schema;
    }
}
