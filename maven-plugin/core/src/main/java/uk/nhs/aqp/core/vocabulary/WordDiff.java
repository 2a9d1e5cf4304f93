package uk.nhs.aqp.core.vocabulary;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that differ between a national and a local text, like {@code git diff --word-diff}:
 * the national text with its removed words marked, the local text with its added words marked,
 * and both in one ({@code ... within [-20-]{+16+} working days}). Texts are never cut.
 *
 * @param national the whole national text; the words only it holds are {@link Segment.Mark#REMOVED}
 * @param local the whole local text; the words only it holds are {@link Segment.Mark#ADDED}
 * @param both the national text with the local words after each removed run
 */
public record WordDiff(List<Segment> national, List<Segment> local, List<Segment> both) {

    /** Spaces, words (with their apostrophes) and single marks of punctuation. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");

    public WordDiff {
        national = List.copyOf(national);
        local = List.copyOf(local);
        both = List.copyOf(both);
    }

    /** The word diff of two texts. */
    public static WordDiff between(String national, String local) {
        List<String> a = tokens(national);
        List<String> b = tokens(local);
        Runs left = new Runs();
        Runs right = new Runs();
        Runs both = new Runs();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < d.getSource().getPosition(); i++) {
                left.add(Segment.Mark.SAME, a.get(i));
                both.add(Segment.Mark.SAME, a.get(i));
            }
            for (; j < d.getTarget().getPosition(); j++) {
                right.add(Segment.Mark.SAME, b.get(j));
            }
            for (String t : d.getSource().getLines()) {
                left.add(Segment.Mark.REMOVED, t);
                both.add(Segment.Mark.REMOVED, t);
                i++;
            }
            for (String t : d.getTarget().getLines()) {
                right.add(Segment.Mark.ADDED, t);
                both.add(Segment.Mark.ADDED, t);
                j++;
            }
        }
        for (; i < a.size(); i++) {
            left.add(Segment.Mark.SAME, a.get(i));
            both.add(Segment.Mark.SAME, a.get(i));
        }
        for (; j < b.size(); j++) {
            right.add(Segment.Mark.SAME, b.get(j));
        }
        List<Segment> l = joined(left.segments());
        List<Segment> r = joined(right.segments());
        if (rewritten(l, national) && rewritten(r, local)) {
            l = whole(national, Segment.Mark.REMOVED);
            r = whole(local, Segment.Mark.ADDED);
            List<Segment> all = new ArrayList<>(l);
            all.addAll(r);
            return new WordDiff(l, r, all);
        }
        return new WordDiff(l, r, joined(both.segments()));
    }

    /** Marked runs separated only by a space become one run: "[-a b-]", not "[-a-] [-b-]". */
    private static List<Segment> joined(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            int n = out.size();
            if (n >= 2 && s.mark() != Segment.Mark.SAME && out.get(n - 2).mark() == s.mark()
                    && out.get(n - 1).mark() == Segment.Mark.SAME && out.get(n - 1).text().isBlank()) {
                Segment gap = out.remove(n - 1);
                Segment before = out.remove(n - 2);
                out.add(new Segment(s.mark(), before.text() + gap.text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * True when fewer than half the letters of a text are unchanged: the text was rewritten, and
     * marking the few shared words ("the", "and") would only make it harder to read.
     */
    private static boolean rewritten(List<Segment> segments, String text) {
        long same = segments.stream().filter(s -> s.mark() == Segment.Mark.SAME)
                .mapToLong(s -> s.text().chars().filter(Character::isLetterOrDigit).count()).sum();
        long all = text.chars().filter(Character::isLetterOrDigit).count();
        return all > 0 && same * 2 < all;
    }

    private static List<Segment> whole(String text, Segment.Mark mark) {
        String core = text.strip();
        return core.isEmpty() ? List.of() : List.of(new Segment(mark, core));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Joins tokens into runs; a space at either end of a marked run moves outside it. */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private Segment.Mark mark;
        private final StringBuilder text = new StringBuilder();

        void add(Segment.Mark m, String token) {
            if (m != mark) {
                flush();
                mark = m;
            }
            text.append(token);
        }

        private void flush() {
            if (text.length() == 0) return;
            String t = text.toString();
            text.setLength(0);
            if (mark == Segment.Mark.SAME) {
                same(t);
                return;
            }
            String core = t.strip();
            if (core.isEmpty()) {
                same(t);
                return;
            }
            int start = t.indexOf(core);
            same(t.substring(0, start));
            segments.add(new Segment(mark, core));
            same(t.substring(start + core.length()));
        }

        private void same(String t) {
            if (t.isEmpty()) return;
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).mark() == Segment.Mark.SAME) {
                segments.set(last, Segment.same(segments.get(last).text() + t));
            } else {
                segments.add(Segment.same(t));
            }
        }

        List<Segment> segments() {
            flush();
            return segments;
        }
    }
}
