package uk.nhs.aqp.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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

    /**
     * The entries as a zip, sorted by path, each {@code rw-r--r--}. Each entry is compressed on its
     * own ({@link #entry}, on any thread), so the bytes do not depend on the number of threads.
     */
    static byte[] zip(Collection<Compressed> entries, Instant time) {
        return write(entries.stream().sorted(Comparator.comparing(Compressed::name)).toList(), time, true);
    }

    /** One file as a zip entry: deflated, or stored if it is compressed already. */
    static Compressed entry(String path, byte[] content) {
        return alreadyCompressed(path) ? Compressed.stored(path, content) : Compressed.deflate(path, content);
    }

    /** A workbook or a zip is compressed already: deflating it again costs time and saves nothing. */
    private static boolean alreadyCompressed(String path) {
        return path.endsWith(".xlsx") || path.endsWith(".zip");
    }

    /**
     * Rewrites a zip someone else wrote (an XLSX workbook) with every entry stamped with
     * {@code time}, keeping the entries' order and their compressed bytes as they are.
     */
    static byte[] normalise(byte[] zip, Instant time) {
        List<Compressed> entries = new ArrayList<>();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (Enumeration<ZipArchiveEntry> all = in.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                ZipArchiveEntry e = all.nextElement();
                try (InputStream raw = in.getRawInputStream(e)) {
                    entries.add(new Compressed(e.getName(), e.getMethod(), e.getCrc(), e.getSize(), raw.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new ToolingException("cannot read back a zip just written: " + e.getMessage(), e);
        }
        return write(entries, time, false);
    }

    private static byte[] write(List<Compressed> entries, Instant time, boolean unixMode) {
        long dosTime = wallClockInThisZone(time);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding(StandardCharsets.UTF_8.name());
            out.setUseLanguageEncodingFlag(true);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            out.setUseZip64(Zip64Mode.Never);
            for (Compressed c : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(c.name());
                entry.setTime(dosTime);
                entry.setMethod(c.method());
                entry.setCrc(c.crc());
                entry.setSize(c.size());
                entry.setCompressedSize(c.data().length);
                if (unixMode) {
                    entry.setUnixMode(FILE_MODE);
                }
                out.addRawArchiveEntry(entry, new ByteArrayInputStream(c.data()));
            }
            out.finish();
        } catch (IOException e) {
            throw new ToolingException("cannot write a zip: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** One entry's bytes as they are stored in the zip, with what its header says about them. */
    record Compressed(String name, int method, long crc, long size, byte[] data) {

        static Compressed stored(String name, byte[] content) {
            return new Compressed(name, ZipEntry.STORED, crc(content), content.length, content);
        }

        private static long crc(byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return crc.getValue();
        }

        static Compressed deflate(String name, byte[] content) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(content);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
                byte[] buffer = new byte[64 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Compressed(name, ZipEntry.DEFLATED, crc(content), content.length, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
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
