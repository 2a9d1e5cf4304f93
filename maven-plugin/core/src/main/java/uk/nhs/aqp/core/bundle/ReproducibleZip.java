package uk.nhs.aqp.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Zip archives whose bytes depend only on their content: entries in a fixed order, every entry
 * stamped with the same time (the request's, shown as that UTC wall-clock time whatever the
 * machine's time zone), the same permissions, no extra fields, no comments.
 */
final class ReproducibleZip {

    /** rw-r--r--, a regular file. */
    private static final int FILE_MODE = 0100644;

    private ReproducibleZip() {
    }

    /** The files (path to content) as a zip, entries sorted by path, each {@code rw-r--r--}. */
    static byte[] zip(Map<String, byte[]> files, Instant time) {
        return write(new TreeMap<>(files), time, true);
    }

    /**
     * Rewrites a zip someone else wrote (an XLSX workbook) with every entry stamped with
     * {@code time}, keeping the entries' order and content.
     */
    static byte[] normalise(byte[] zip, Instant time) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new ToolingException("cannot read back a zip just written: " + e.getMessage(), e);
        }
        return write(entries, time, false);
    }

    private static byte[] write(Map<String, byte[]> entries, Instant time, boolean unixMode) {
        long dosTime = wallClockInThisZone(time);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding(StandardCharsets.UTF_8.name());
            out.setUseLanguageEncodingFlag(true);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            out.setUseZip64(Zip64Mode.Never);
            out.setMethod(ZipArchiveOutputStream.DEFLATED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setTime(dosTime);
                entry.setSize(e.getValue().length);
                if (unixMode) {
                    entry.setUnixMode(FILE_MODE);
                }
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
            out.finish();
        } catch (IOException e) {
            throw new ToolingException("cannot write a zip: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Zip entry times are a local date and time with no zone; the library converts through the
     * machine's zone. Shifting by that zone's offset makes every entry show {@code time}'s UTC
     * date and time, so builds in London and in Auckland give the same bytes.
     */
    private static long wallClockInThisZone(Instant time) {
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
