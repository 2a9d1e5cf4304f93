package uk.nhs.aqp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import uk.nhs.aqp.core.source.Origin;

/**
 * One difference between a local pack and its national pack.
 *
 * @param target what changed: file, then keys, with list items named by id
 * @param operation set, add, replace or remove
 * @param nationalValue the current national value (null for add)
 * @param localValue the local value (null for remove)
 * @param rationale why local differs
 * @param origin where the change is written in adaptation.yaml
 */
public record Variation(String target, String operation, JsonNode nationalValue, JsonNode localValue,
        String rationale, Origin origin) {
}
