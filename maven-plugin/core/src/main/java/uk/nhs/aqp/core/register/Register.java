package uk.nhs.aqp.core.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.SourceMap;

/**
 * Every schema-valid commissioner of a build, with where its file was written and the local packs
 * in its folder.
 */
public record Register(List<Entry> entries) {

    public Register {
        entries = List.copyOf(entries);
    }

    /**
     * One commissioner.yaml.
     *
     * @param localPacks the folders under the commissioner's folder that hold an adaptation, valid or not
     * @param serviceLines the service line of each local pack's national pack, where that is valid
     */
    public record Entry(Commissioner commissioner, SourceMap sources, List<String> localPacks,
            Map<String, String> serviceLines) {

        public Entry {
            localPacks = List.copyOf(localPacks);
            serviceLines = Map.copyOf(serviceLines);
        }

        public Origin at(String pointer) {
            return sources.value(pointer);
        }

        /** Where decision {@code index} (its place in the file) writes {@code field}, e.g. {@code /decisions/2/date}. */
        public Origin atDecision(int index, String field) {
            return sources.value("/decisions/" + index + (field.isEmpty() ? "" : "/" + field));
        }
    }

    public Optional<Entry> byId(String id) {
        return entries.stream().filter(e -> e.commissioner().id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return entries.stream().map(e -> e.commissioner().id()).sorted().toList();
    }

    public List<Commissioner> commissioners() {
        return entries.stream().map(Entry::commissioner).toList();
    }
}
