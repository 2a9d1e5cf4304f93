package uk.nhs.aqp.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Qualification.Amendment;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;

/**
 * Amendments to the standard questionnaire: {@code qualification.unknown-question} when the
 * target question does not exist; {@code qualification.question-exists} when an added question
 * reuses an existing id; {@code qualification.conflicting-amendments} when two amendments replace
 * or remove the same question.
 */
final class AmendmentTargetRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.QUALIFICATION);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        if (context.standard().isEmpty()) {
            return; // its absence or invalidity was reported already
        }
        Questionnaire standard = context.standard().get();
        List<String> ids = standard.questions().map(q -> q.id()).toList();
        List<Amendment> amendments = context.qualification().amendments();
        Map<String, Origin> changed = new HashMap<>();
        for (int i = 0; i < amendments.size(); i++) {
            Amendment a = amendments.get(i);
            String at = "/amendments/" + i;
            if (!ids.contains(a.target())) {
                sink.report("qualification.unknown-question", context.at(FileKind.QUALIFICATION, at + "/target"),
                        a.target(), DidYouMean.hint(a.target(), ids));
            }
            if ("add".equals(a.action()) && a.question() != null && ids.contains(a.question().id())) {
                sink.report("qualification.question-exists",
                        context.at(FileKind.QUALIFICATION, at + "/question/id"), a.question().id());
            }
            if (!"add".equals(a.action())) {
                Origin here = context.at(FileKind.QUALIFICATION, at + "/target");
                Origin first = changed.putIfAbsent(a.target(), here);
                if (first != null) {
                    sink.report("qualification.conflicting-amendments", here, a.target(), first.location());
                }
            }
        }
    }
}
