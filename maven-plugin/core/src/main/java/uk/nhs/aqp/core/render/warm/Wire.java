package uk.nhs.aqp.core.render.warm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the build and its warm converter say to each other, over one loopback connection per
 * request. The build opens with {@link #MAGIC}, the token from the converter's file, its identity
 * and one operation; the converter answers {@link #OK}, {@link #FAILED} with a message, or
 * {@link #OTHER_TOOLKIT} with its own identity. Strings are UTF-8 with an int length.
 */
final class Wire {

    static final String MAGIC = "AQP-CONVERTER 1";

    /** Operations. */
    static final byte PING = 1;
    static final byte LOAD = 2;
    static final byte CONVERT = 3;
    static final byte STOP = 4;

    /** Answers. */
    static final byte OK = 0;
    static final byte FAILED = 1;
    static final byte OTHER_TOOLKIT = 2;

    /** The file in the converter's folder that says where it listens: port, token, pid, identity. */
    static final String PORT_FILE = "converter.port";
    /** Where the converter's own output goes. */
    static final String LOG_FILE = "converter.log";

    /** Where a converter listens, as its file says. */
    record Address(int port, String token, long pid, String identity) {

        String line() {
            return port + " " + token + " " + pid + " " + identity + "\n";
        }

        /** The address in {@code folder}, if its file is there, a file (a link is not followed) and whole. */
        static Optional<Address> read(Path folder) {
            Path file = folder.resolve(PORT_FILE);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            try {
                List<String> parts = List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split(" "));
                if (parts.size() != 4) {
                    return Optional.empty();
                }
                return Optional.of(new Address(Integer.parseInt(parts.get(0)), parts.get(1), Long.parseLong(parts.get(2)),
                        parts.get(3)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private Wire() {
    }

    static void text(DataOutputStream out, String value) throws IOException {
        bytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    static void bytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 30) {
            throw new IOException("not a length: " + length);
        }
        return in.readNBytes(length);
    }
}
