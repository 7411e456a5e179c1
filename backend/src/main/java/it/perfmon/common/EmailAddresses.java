package it.perfmon.common;

/**
 * What the service takes for an e-mail address: one local part, one @, a domain with a dot, and none of the characters
 * that would let an address reach into another header. Accounts are checked with it when saved, so the outbox never
 * meets an address it would refuse.
 */
public final class EmailAddresses {

    public static final String PATTERN = "[^\\s@<>()\",;]+@[^\\s@<>()\",;]+\\.[^\\s@<>()\",;]+";

    /** RFC 5321's limit on a path. */
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && address.matches(PATTERN);
    }
}
