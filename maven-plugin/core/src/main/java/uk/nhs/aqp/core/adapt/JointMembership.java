package uk.nhs.aqp.core.adapt;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.source.SourceMap;

/**
 * Every member a joint arrangement lists adopts it ({@code joint.member-missing}, at the member's
 * entry in the lead's {@code joint.members}): the member is a commissioner folder under
 * {@code packs/local} with an adaptation whose {@code base.joint} names the arrangement. The other
 * way round (a commissioner adopting an arrangement that does not list it) is
 * {@code joint.not-a-member}, checked with the member.
 */
public final class JointMembership {

    /** A lead's arrangement and where its adaptation is written. */
    public record Arrangement(LocalAdaptation.Joint joint, SourceMap at) {
    }

    /** A member's schema-valid adaptation: who, in which folder, adopting which arrangement. */
    public record Member(String commissioner, String packFolder, String arrangement, SourceMap at) {
    }

    private JointMembership() {
    }

    /** Checks each arrangement's members against the adaptations and the commissioner folders. */
    public static void check(List<Arrangement> arrangements, List<Member> members, List<String> commissioners,
            DiagnosticSink sink) {
        for (Arrangement a : arrangements) {
            List<String> listed = a.joint().members();
            for (int i = 0; i < listed.size(); i++) {
                String id = listed.get(i);
                boolean adopts = members.stream()
                        .anyMatch(m -> m.commissioner().equals(id) && m.arrangement().equals(a.joint().key()));
                if (adopts) continue;
                String why = commissioners.contains(id)
                        ? "has no adaptation.yaml at packs/local/" + id + "/" + a.joint().packFolder()
                                + " whose base.joint is " + a.joint().key()
                        : "is not a commissioner: there is no folder packs/local/" + id;
                sink.report("joint.member-missing", a.at().value("/joint/members/" + i), id, a.joint().key(), why);
            }
        }
    }
}
