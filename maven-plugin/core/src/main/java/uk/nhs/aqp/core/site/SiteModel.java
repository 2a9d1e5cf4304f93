package uk.nhs.aqp.core.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Rule;
import uk.nhs.aqp.core.directory.ChoiceDirectory;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Pack;

/**
 * Everything the website shows, finished before any page is made: the valid national and local
 * packs, the commissioners, the build's diagnostics, every rule, and the downloads the other
 * stages made. Read-only; page kinds select from it.
 *
 * @param national the national packs, by title
 * @param local the local packs, by commissioner name then pack title
 * @param commissioners every commissioner of the register or with a local pack, by name
 * @param diagnostics every diagnostic of the build, warnings included
 * @param rules every rule the toolkit can report, by id
 * @param downloads the documents and data found for the packs
 * @param siteUrl the address the site is published at, if known (for the sitemap)
 * @param byLocalFile the diagnostics by the file under {@code local/} they are about
 *     ({@code local/<commissioner>/commissioner.yaml}, {@code local/<commissioner>/<line>/adaptation.yaml}),
 *     so a page finds its own without reading every diagnostic of the build
 * @param directories the patient choice directory of each register of qualified providers, by
 *     commissioner then pack
 * @param builtFrom what the site was built from ({@code commit 449dc95 of 28 November 2026}), if known
 */
public record SiteModel(List<Pack> national, List<Pack> local, List<Commissioner> commissioners,
        List<Diagnostic> diagnostics, List<Rule> rules, Downloads downloads, Optional<String> siteUrl,
        Map<String, List<Diagnostic>> byLocalFile, List<ChoiceDirectory> directories,
        Optional<String> builtFrom) {

    private static final Comparator<Pack> BY_TITLE = Comparator.comparing((Pack p) -> p.manifest().shortTitle())
            .thenComparing(Pack::id);

    public SiteModel {
        national = national.stream().sorted(BY_TITLE).toList();
        local = local.stream().sorted(Comparator.comparing((Pack p) -> p.local().get().commissioner().name())
                .thenComparing(p -> p.local().get().commissioner().id()).thenComparing(BY_TITLE)).toList();
        commissioners = List.copyOf(commissioners);
        diagnostics = List.copyOf(diagnostics);
        rules = List.copyOf(rules);
        byLocalFile = Map.copyOf(byLocalFile);
        directories = directories.stream().sorted(Comparator.comparing(ChoiceDirectory::commissioner)
                .thenComparing(ChoiceDirectory::packId)).toList();
    }

    /** This model with the choice directories of the build's registers of qualified providers. */
    public SiteModel withDirectories(List<ChoiceDirectory> choices) {
        return new SiteModel(national, local, commissioners, diagnostics, rules, downloads, siteUrl, byLocalFile,
                choices, builtFrom);
    }

    /** A commissioner's choice directories. */
    public List<ChoiceDirectory> directoriesOf(String commissionerId) {
        return directories.stream().filter(d -> d.commissioner().equals(commissionerId)).toList();
    }

    /** The choice directory of a local pack, if its commissioner keeps a register for it. */
    public Optional<ChoiceDirectory> directory(Pack localPack) {
        return directories.stream().filter(d -> d.packKey().equals(localPack.key())).findFirst();
    }

    /** The model of a build: commissioners are taken from the local packs. */
    public static SiteModel of(List<Pack> national, List<Pack> local, List<Diagnostic> diagnostics, List<Rule> rules,
            Downloads downloads, Optional<String> siteUrl) {
        return of(national, local, List.of(), diagnostics, rules, downloads, siteUrl);
    }

    /** The model of a build: the commissioners of the register, and those of the local packs. */
    public static SiteModel of(List<Pack> national, List<Pack> local, List<Commissioner> register,
            List<Diagnostic> diagnostics, List<Rule> rules, Downloads downloads, Optional<String> siteUrl) {
        Map<String, Commissioner> byId = new LinkedHashMap<>();
        register.forEach(c -> byId.putIfAbsent(c.id(), c));
        local.forEach(p -> byId.putIfAbsent(p.local().get().commissioner().id(), p.local().get().commissioner()));
        List<Commissioner> commissioners = byId.values().stream()
                .sorted(Comparator.comparing(Commissioner::name).thenComparing(Commissioner::id)).toList();
        return new SiteModel(national, local, commissioners, diagnostics, rules, downloads, siteUrl,
                byLocalFile(diagnostics), List.of(), Optional.empty());
    }

    /** The same model, saying what the site was built from. */
    public SiteModel withBuiltFrom(Optional<String> source) {
        return new SiteModel(national, local, commissioners, diagnostics, rules, downloads, siteUrl, byLocalFile,
                directories, source);
    }

    /** Each diagnostic under every {@code local/...} tail of its file's path (usually one). */
    private static Map<String, List<Diagnostic>> byLocalFile(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> index = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            String file = d.file();
            for (int i = file.indexOf("local/"); i >= 0; i = file.indexOf("local/", i + 1)) {
                if (i == 0 || file.charAt(i - 1) == '/') {
                    index.computeIfAbsent(file.substring(i), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return index;
    }

    /** The local packs that adapt the national pack with this id. */
    public List<Pack> adoptions(String packId) {
        return local.stream().filter(p -> p.id().equals(packId)).toList();
    }

    /** A commissioner's local packs. */
    public List<Pack> adoptionsBy(String commissionerId) {
        return local.stream().filter(p -> p.local().get().commissioner().id().equals(commissionerId)).toList();
    }

    /** The commissioners that published at least one local pack. */
    public List<Commissioner> adopters() {
        return commissioners.stream().filter(c -> !adoptionsBy(c.id()).isEmpty()).toList();
    }

    public Optional<Commissioner> commissioner(String id) {
        return commissioners.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The diagnostics about a commissioner's register entry: the rules of the programme its
     * commissioner.yaml breaks.
     */
    public List<Diagnostic> registerProblems(Commissioner commissioner) {
        return byLocalFile.getOrDefault("local/" + commissioner.id() + "/commissioner.yaml", List.of());
    }

    public Optional<Pack> nationalPack(String packId) {
        return national.stream().filter(p -> p.id().equals(packId)).findFirst();
    }

    /** The rules that say the national pack moved on under a local pack (its page's drift card). */
    private static final java.util.Set<String> DRIFT = java.util.Set.of("adapt.drift", "adapt.was-mismatch");

    /**
     * The drift of a local pack from its national pack: the warnings about its adaptation file that
     * say the national pack changed under it. Other warnings (illustrative prices kept, blanks left
     * for local completion) are for the commissioner's build log and the quality report.
     */
    public List<Diagnostic> problems(Pack localPack) {
        return byLocalFile.getOrDefault("local/" + localPack.key() + "/adaptation.yaml", List.<Diagnostic>of()).stream()
                .filter(d -> DRIFT.contains(d.ruleId())).toList();
    }
}
