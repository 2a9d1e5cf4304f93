package uk.nhs.aqp.core.render;

import java.util.List;

/** Pack text that would be markup, scripts or file reads if it were not escaped. */
final class Payloads {

    private Payloads() {
    }

    static final String SECRET = "TOP-SECRET-MARKER-7731";

    static final List<String> ALL = List.of(
            "<script>alert(\"x\")</script>",
            "++++\n<script>alert(1)</script>\n++++",
            "pass:[<b>bold</b>]",
            "include::/etc/passwd[]",
            "include::../../secret.txt[]",
            "image::../../secret.txt[]",
            "image:/etc/passwd[alt]",
            "{doctitle} and {user-home} and {counter:n}",
            "link:javascript:alert(1)[click me]",
            "javascript:alert(document.cookie)",
            "ifdef::backend-html5[]\nsecret\nendif::[]",
            "footnote:[injected note]",
            "&lt;script&gt; and &#60;b&#62; and &amp;",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)></svg>",
            "Supercalifragilisticexpialidocious".repeat(12),
            "= Injected document title",
            "|===\n|cell one |cell two\n|===",
            "*bold* _italic_ `mono` #mark# ^sup^ ~sub~ **more**",
            "+++<i>raw html</i>+++",
            "https://example.com/page?a=1&b=2",
            "<<_top,a cross reference>> and xref:other.adoc[other]",
            "[[planted-anchor]]anchored text",
            ":toc: left",
            "NOTE: an injected admonition",
            "// a line comment",
            "kbd:[Ctrl+C] btn:[OK] menu:File[Save]",
            "(C) (R) (TM) -- ... -> <- => <=",
            "((index term)) (((hidden,term)))",
            "\\{escaped} \\*starred* and a back\\slash",
            "$$dollar passthrough$$",
            "mailto:someone@example.com[mail] and someone@example.com",
            "<!-- an html comment -->",
            "stem:[sqrt(4)] latexmath:[x^2]",
            ". A block title",
            "1. an ordered list item",
            "'''",
            "term:: a definition",
            "<<<",
            "[subs=attributes+]\n{doctitle}");
}
