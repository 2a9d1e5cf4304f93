package uk.nhs.aqp.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader sees in a rendered document: the text of an HTML page or PDF, its tags and links. */
final class DocumentText {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

    private DocumentText() {
    }

    /** The visible text of an HTML page's body, entities decoded, white space folded. */
    static String htmlText(String html) {
        String body = html.substring(html.indexOf("<body"));
        String text = body.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String decoded = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> e.startsWith("#x") ? Character.toString(Integer.parseInt(e.substring(2), 16))
                        : e.startsWith("#") ? Character.toString(Integer.parseInt(e.substring(1))) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return fold(out.toString());
    }

    /** The element names used in an HTML page's body. */
    static Set<String> htmlTags(String html) {
        Set<String> tags = new TreeSet<>();
        Matcher m = TAG.matcher(html.substring(html.indexOf("<body")));
        while (m.find()) {
            tags.add(m.group(1).toLowerCase());
        }
        return tags;
    }

    /** Every {@code href} and {@code src} value of an HTML page. */
    static List<String> htmlLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** The text of every page of a PDF. */
    static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based) of a PDF. */
    static String pdfPage(Path pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of every link action in a PDF: {@code GoTo} within the document is the only harmless one. */
    static Set<String> pdfActions(Path pdf) {
        Set<String> kinds = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getDocumentCatalog().getOpenAction() instanceof PDAction open) {
                kinds.add("OpenAction:" + open.getSubType());
            }
            if (doc.getDocumentCatalog().getNames() != null
                    && doc.getDocumentCatalog().getNames().getJavaScript() != null) {
                kinds.add("JavaScript");
            }
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() != null) {
                        kinds.add(link.getAction().getSubType());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinds;
    }

    static String fold(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
