package uk.nhs.aqp.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A locality a commissioner serves: its id, which decisions name, and the name readers see. In
 * {@code commissioner.yaml} either the id alone ({@code coast-east}) or both
 * ({@code {id: islands, name: The Islands}}).
 *
 * @param name what readers see, or null (then they see the id)
 */
public record Locality(String id, String name) {

    @JsonCreator
    public Locality(@JsonProperty("id") String id, @JsonProperty("name") String name) {
        this.id = id;
        this.name = name;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Locality of(String id) {
        return new Locality(id, null);
    }

    /** The name when one is given, else the id. */
    public String shown() {
        return name == null ? id : name;
    }

    /** The ids of some localities, in order. */
    public static List<String> ids(List<Locality> localities) {
        return localities.stream().map(Locality::id).toList();
    }
}
