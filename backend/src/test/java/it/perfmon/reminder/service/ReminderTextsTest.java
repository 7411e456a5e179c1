package it.perfmon.reminder.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.collection.service.AskedItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the reminders, without a server: when the deadline is, what is asked, what people typed escaped. */
class ReminderTextsTest {

    private static final LocalDate DEADLINE = LocalDate.of(2021, 7, 15);
    private static final ReminderTexts TEXTS = new ReminderTexts("https://performance.arti.toscana.it/");
    private static final AskedItem PHASE = new AskedItem(AskedItem.Kind.PHASE, 31, "2.2", 77, 1,
            "Stesura delle <linee guida> & \"procedure\"", LocalDate.of(2021, 4, 30),
            List.of(AskedItem.Reason.DUE, AskedItem.Reason.LATE));
    private static final AskedItem INDICATOR = new AskedItem(AskedItem.Kind.INDICATOR, 40, "4.1", 90, 1,
            "Grado di soddisfazione degli utenti", null, List.of(AskedItem.Reason.VALUE));

    private static ReminderTexts.Text digest(LocalDate today, String message) {
        return TEXTS.digest(new ReminderTexts.Digest("Niccolò Dell'Acqua", "Piano della performance 2021",
                "Monitoraggio intermedio al 30/06/2021", 5, DEADLINE, today, message,
                List.of(new ReminderTexts.Section("Direzione", List.of(PHASE, INDICATOR)))));
    }

    @Test
    void shouldSayHowFarTheDeadlineIs() {
        assertTrue(digest(LocalDate.of(2021, 7, 12), null).text().contains("scade il 15/07/2021, tra 3 giorni."));
        assertTrue(digest(LocalDate.of(2021, 7, 14), null).text().contains("scade domani, 15/07/2021."));
        assertTrue(digest(DEADLINE, null).text().contains("scade oggi, 15/07/2021."));
        assertTrue(digest(LocalDate.of(2021, 7, 16), null).text().contains("è scaduta il 15/07/2021, ieri."));
        assertTrue(digest(LocalDate.of(2021, 7, 19), null).text().contains("è scaduta il 15/07/2021, 4 giorni fa."));
    }

    @Test
    void shouldNameTheSubjectByTheDeadline() {
        assertEquals("Promemoria: Monitoraggio intermedio al 30/06/2021 – 2 attività da completare",
                digest(LocalDate.of(2021, 7, 12), null).subject());
        assertEquals("Scade oggi: Monitoraggio intermedio al 30/06/2021 – 2 attività da completare",
                digest(DEADLINE, null).subject());
        assertEquals("Sollecito: Monitoraggio intermedio al 30/06/2021 – 2 attività da completare",
                digest(LocalDate.of(2021, 7, 17), null).subject());
    }

    @Test
    void shouldListEachObjectivesItemsWithWhatIsAskedAndALink() {
        String text = digest(DEADLINE, null).text();
        assertTrue(text.contains("\nDirezione – 2 attività\n\n  Obiettivo 2.2 – "
                + "https://performance.arti.toscana.it/obiettivi/31?periodo=5\n"
                + "    • fase 1 «Stesura delle <linee guida> & \"procedure\"» (fine prevista 30/04/2021): "
                + "data di fine effettiva o avanzamento, in ritardo\n"), text);
        assertTrue(text.contains("  Obiettivo 4.1 – https://performance.arti.toscana.it/obiettivi/40?periodo=5\n"
                + "    • indicatore 1 «Grado di soddisfazione degli utenti»: valore\n"), text);
        assertTrue(text.contains("https://performance.arti.toscana.it/attivita?periodo=5"), text);
    }

    @Test
    void shouldEscapeWhatPeopleTypedInTheHtmlPart() {
        String html = digest(DEADLINE, "Entro il 15 <script>alert('x')</script>\nGrazie & buon lavoro").html();
        assertTrue(html.contains("Entro il 15 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>\nGrazie &amp; buon lavoro"),
                html);
        assertTrue(html.contains("Stesura delle &lt;linee guida&gt; &amp; &quot;procedure&quot;"), html);
        assertTrue(html.contains("Gentile Niccolò Dell&#39;Acqua,"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<linee"), html);
    }

    @Test
    void shouldTellOfALatePhaseWithItsObjectiveAndLink() {
        ReminderTexts.Text notice = TEXTS.latePhase(new ReminderTexts.LatePhase(null, "Direzione", 5, PHASE));
        assertEquals("Fase in ritardo: obiettivo 2.2, fase 1 (fine prevista il 30/04/2021)", notice.subject());
        assertTrue(notice.text().startsWith("Gentile collega,\n\nla fase 1 «Stesura delle <linee guida> & "
                + "\"procedure\"» dell'obiettivo 2.2 (Direzione) doveva concludersi il 30/04/2021"), notice.text());
        assertTrue(notice.html().contains("<a href=\"https://performance.arti.toscana.it/obiettivi/31?periodo=5\">"),
                notice.html());
        assertFalse(notice.html().contains("<linee"), notice.html());
    }
}
