package it.perfmon.testing;

import it.perfmon.mail.service.MailRelay;
import java.time.Duration;
import java.time.Instant;

/** Drives the mail relay in tests instead of waiting for its schedule. */
public final class Relaying {

    private Relaying() {
    }

    /**
     * Relays as if a day had passed, so that retries are due, and on until nothing is left, moving time past each
     * further retry (after an outage the mailer's pooled connection may fail once).
     */
    public static void relayEverythingDue(MailRelay relay) {
        Instant at = Instant.now().plus(Duration.ofDays(1));
        for (int i = 0; i < 10; i++) {
            MailRelay.Run run = relay.relayDue(at);
            if (run.sent() + run.failed() + run.released() == 0) {
                return;
            }
            at = at.plus(Duration.ofHours(3));
        }
        throw new AssertionError("the outbox did not empty");
    }
}
