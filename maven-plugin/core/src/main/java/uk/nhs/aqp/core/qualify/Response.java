package uk.nhs.aqp.core.qualify;

import java.util.List;

/**
 * What an application gives for one question or criterion: the answer (a Boolean, a number, a
 * String, or null) and the documents.
 */
record Response(Object answer, List<Application.Document> evidence) {

    static final Response NONE = new Response(null, List.of());

    Response {
        evidence = List.copyOf(evidence);
    }

    boolean empty() {
        return blank() && evidence.isEmpty();
    }

    /** No answer, or only white space. */
    boolean blank() {
        return answer == null || (answer instanceof String s && s.isBlank());
    }
}
