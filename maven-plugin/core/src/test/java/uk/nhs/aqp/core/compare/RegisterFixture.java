package uk.nhs.aqp.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An SHA and a PCT cluster under it for the demo project: the cluster chose adult hearing (the demo
 * pack, adopted unchanged) and an alternative local service the SHA has not assessed, declined the
 * rest, and left its locality {@code east} with no service, so its register breaks two rules
 * ({@code register.free-zone}, {@code register.alternative-unassessed}).
 */
public final class RegisterFixture {

    public static final String SHA = """
            id: test-sha
            name: Test Strategic Health Authority
            organisationCode: Q99
            region: north-east
            kind: sha
            """;

    public static final String CLUSTER = """
            id: test-cluster
            name: Test PCT Cluster
            organisationCode: 5QX
            region: north-east
            kind: pct-cluster
            sha: test-sha
            localities: [north, south, east]
            notified: 2011-10-28
            decisions:
              - serviceLine: adult-hearing
                decision: chosen-2012-13
                date: 2011-10-20
                contracting: aqp
                localPack: demo
                localities: [north]
                stocktake:
                  currentContract: block
                  incumbentRisk: high
              - serviceLine: psychological-therapies
                decision: alternative
                date: 2011-10-20
                localities: [south]
                alternative:
                  name: Community physiotherapy self-referral
                  description: Self-referral to physiotherapy in the community.
              - serviceLine: msk-back-neck-pain
                decision: chosen-2012-13
                date: 2011-10-20
                contracting: tender
                localities: [south]
              - serviceLine: podiatry
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
              - serviceLine: continence
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
              - serviceLine: diagnostics-direct-access
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
              - serviceLine: wheelchairs
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
              - serviceLine: leg-ulcer-wound-healing
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
            """;

    private RegisterFixture() {
    }

    /** Adds the SHA and the cluster, with the cluster's unchanged local version of the demo pack. */
    public static void add(Path project) throws IOException {
        Path local = project.resolve("packs/local");
        Files.createDirectories(local.resolve("test-sha"));
        Files.writeString(local.resolve("test-sha/commissioner.yaml"), SHA);
        Files.createDirectories(local.resolve("test-cluster/demo"));
        Files.writeString(local.resolve("test-cluster/commissioner.yaml"), CLUSTER);
        Files.writeString(local.resolve("test-cluster/demo/adaptation.yaml"),
                "base:\n  pack: demo\n  version: 1.1.0\nchanges: []\n");
    }
}
