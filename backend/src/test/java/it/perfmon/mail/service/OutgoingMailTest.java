package it.perfmon.mail.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static OutgoingMail to(String address, String name, String subject) {
        return OutgoingMail.of("reminder:period-1:user-7", address, name, subject, "Testo", null);
    }

    @Test
    void shouldAcceptAnItalianNameAndSubject() {
        assertDoesNotThrow(() -> to("niccolo.dellacqua@arti.toscana.it", "Niccolò Dell'Acqua",
                "Attività da completare entro il 30/06/2021").check());
    }

    @Test
    void shouldRefuseWhatCouldInjectAHeaderOrNeverBeDelivered() {
        assertThrows(IllegalArgumentException.class, () -> to("a@b.it", null, "Oggetto\r\nBcc: x@y.it").check());
        assertThrows(IllegalArgumentException.class, () -> to("a@b.it, c@d.it", null, "Oggetto").check());
        assertThrows(IllegalArgumentException.class, () -> to("senza-chiocciola", null, "Oggetto").check());
        assertThrows(IllegalArgumentException.class, () -> to("a@b.it", "Rossi <x@y.it>", "Oggetto").check());
    }

    @Test
    void shouldTakeTheMessageIdDomainFromTheSender() {
        assertEquals("arti.toscana.it", Outbox.domainOf("Monitoraggio della performance <performance@arti.toscana.it>"));
        assertEquals("arti.toscana.it", Outbox.domainOf("performance@arti.toscana.it"));
        assertEquals("localhost", Outbox.domainOf("Monitoraggio"));
    }
}
