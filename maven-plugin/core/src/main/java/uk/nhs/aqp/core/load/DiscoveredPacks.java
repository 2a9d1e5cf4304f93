package uk.nhs.aqp.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What discovery found under the packs folder. */
public record DiscoveredPacks(Optional<Path> standardQuestionnaire, List<PackFolder> national,
        List<LocalFolder> local) {

    public DiscoveredPacks {
        national = List.copyOf(national);
        local = List.copyOf(local);
    }
}
