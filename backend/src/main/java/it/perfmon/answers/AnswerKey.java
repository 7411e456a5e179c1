package it.perfmon.answers;

/**
 * The key of a kept answer: its parts, each written with its length, so that no two different requests (say, a
 * filter text holding the separator) can ever share a key.
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    public static String of(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            String text = String.valueOf(part);
            key.append(text.length()).append(':').append(text).append(';');
        }
        return key.toString();
    }
}
