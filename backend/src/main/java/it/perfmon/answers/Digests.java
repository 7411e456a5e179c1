package it.perfmon.answers;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The strong tag of an answer: the first 128 bits of the SHA-256 of the bytes sent, in hex. */
final class Digests {

    private Digests() {
    }

    static String tag(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
