package it.perfmon.answers;

import java.util.Map;

/**
 * A computed answer as sent: its exact bytes, its media type, its strong tag (a digest of the bytes) and any other
 * header of its own (a download's file name).
 */
public record Answer(byte[] body, String mediaType, String tag, Map<String, String> headers) {

    public Answer {
        headers = Map.copyOf(headers);
    }

    public static Answer of(byte[] body, String mediaType, Map<String, String> headers) {
        return new Answer(body, mediaType, Digests.tag(body), headers);
    }
}
