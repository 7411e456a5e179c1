package it.perfmon.reminder.service;

import it.perfmon.collection.service.AskedItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Italian subject, plain text and HTML of the reminders. Every text that people typed (names, descriptions, the
 * administrator's message) is escaped in the HTML part; links point to the web app's pages.
 */
final class ReminderTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_DESCRIPTION = 160;
    private static final int MAX_LABEL = 150;

    private final String webUrl;

    ReminderTexts(String webUrl) {
        this.webUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    /** One structure's part of a digest: what it is asked for. */
    record Section(String structureName, List<AskedItem> items) {
    }

    /** What a digest says: to whom, about which collection, as of which day. */
    record Digest(String recipientName, String planTitle, String periodLabel, long periodId, LocalDate deadline,
            LocalDate today, String message, List<Section> sections) {

        int count() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    /** A phase past its planned end without an actual end. */
    record LatePhase(String recipientName, String structureName, long periodId, AskedItem phase) {
    }

    record Text(String subject, String text, String html) {
    }

    Text digest(Digest d) {
        long days = ChronoUnit.DAYS.between(d.today(), d.deadline());
        String prefix = days > 0 ? "Promemoria" : days == 0 ? "Scade oggi" : "Sollecito";
        String activities = d.count() + " attività da completare";
        String subject = prefix + ": " + shorten(d.periodLabel(), MAX_LABEL) + " – " + activities;
        String when = days > 1 ? "scade il " + day(d.deadline()) + ", tra " + days + " giorni"
                : days == 1 ? "scade domani, " + day(d.deadline())
                : days == 0 ? "scade oggi, " + day(d.deadline())
                : "è scaduta il " + day(d.deadline()) + (days == -1 ? ", ieri" : ", " + -days + " giorni fa");
        String intro = "si ricorda che la raccolta dei dati per il «" + d.periodLabel() + "» (" + d.planTitle() + ") "
                + when + ". Per le strutture di cui Lei è referente restano " + activities + ".";
        String list = webUrl + "/attivita?periodo=" + d.periodId();

        StringBuilder text = new StringBuilder();
        text.append(greeting(d.recipientName())).append("\n\n").append(intro).append("\n");
        if (d.message() != null) {
            text.append("\nMessaggio dell'ufficio:\n").append(d.message().strip()).append("\n");
        }
        StringBuilder html = new StringBuilder(head(subject));
        html.append("<p>").append(escape(greeting(d.recipientName()))).append("</p>\n<p>").append(escape(intro))
                .append("</p>\n");
        if (d.message() != null) {
            html.append("<p><strong>Messaggio dell'ufficio:</strong></p>\n<blockquote>")
                    .append(escape(d.message().strip()).replace("\n", "<br>\n")).append("</blockquote>\n");
        }
        for (Section section : d.sections()) {
            String title = section.structureName() + " – " + section.items().size() + " attività";
            text.append("\n").append(title).append("\n");
            html.append("<h2>").append(escape(title)).append("</h2>\n");
            for (Map.Entry<Long, List<AskedItem>> objective : byObjective(section.items()).entrySet()) {
                String code = objective.getValue().get(0).objectiveCode();
                String link = objectiveLink(objective.getKey(), d.periodId());
                text.append("\n  Obiettivo ").append(code).append(" – ").append(link).append("\n");
                html.append("<h3><a href=\"").append(escape(link)).append("\">Obiettivo ").append(escape(code))
                        .append("</a></h3>\n<ul>\n");
                for (AskedItem item : objective.getValue()) {
                    text.append("    • ").append(what(item)).append(": ").append(asked(item)).append("\n");
                    html.append("<li>").append(escape(what(item))).append(": <strong>").append(escape(asked(item)))
                            .append("</strong></li>\n");
                }
                html.append("</ul>\n");
            }
        }
        text.append("\nLe Sue attività per questo monitoraggio: ").append(list).append("\n");
        html.append("<p><a href=\"").append(escape(list)).append("\">Apri le Sue attività per questo monitoraggio</a></p>\n");
        return new Text(subject, text.append(footer()).toString(), html.append(htmlFooter()).toString());
    }

    Text latePhase(LatePhase late) {
        AskedItem phase = late.phase();
        String subject = "Fase in ritardo: obiettivo " + phase.objectiveCode() + ", fase " + phase.number()
                + " (fine prevista il " + day(phase.plannedEnd()) + ")";
        String body = "la fase " + phase.number() + " «" + shorten(phase.description(), MAX_DESCRIPTION)
                + "» dell'obiettivo " + phase.objectiveCode() + " (" + late.structureName() + ") doveva concludersi il "
                + day(phase.plannedEnd()) + " e non ha ancora una data di fine effettiva.";
        String action = "Se la fase è conclusa, ne indichi la data di fine effettiva; altrimenti ne aggiorni "
                + "l'avanzamento e la nota di monitoraggio.";
        String link = objectiveLink(phase.objectiveId(), late.periodId());
        String text = greeting(late.recipientName()) + "\n\n" + body + "\n" + action + "\n\nObiettivo "
                + phase.objectiveCode() + ": " + link + "\n" + footer();
        String html = head(subject) + "<p>" + escape(greeting(late.recipientName())) + "</p>\n<p>" + escape(body)
                + "</p>\n<p>" + escape(action) + "</p>\n<p><a href=\"" + escape(link) + "\">Apri l'obiettivo "
                + escape(phase.objectiveCode()) + "</a></p>\n" + htmlFooter();
        return new Text(subject, text, html);
    }

    /** The indicator or phase, e.g. "fase 1 «Stesura delle linee guida» (fine prevista 30/04/2021)". */
    private static String what(AskedItem item) {
        String description = "«" + shorten(item.description(), MAX_DESCRIPTION) + "»";
        return item.kind() == AskedItem.Kind.INDICATOR ? "indicatore " + item.number() + " " + description
                : "fase " + item.number() + " " + description + " (fine prevista " + day(item.plannedEnd()) + ")";
    }

    /** What is asked of it, e.g. "valore e valutazione". */
    private static String asked(AskedItem item) {
        if (item.kind() == AskedItem.Kind.INDICATOR) {
            List<String> missing = new ArrayList<>();
            if (item.reasons().contains(AskedItem.Reason.VALUE)) {
                missing.add("valore");
            }
            if (item.reasons().contains(AskedItem.Reason.ASSESSMENT)) {
                missing.add("valutazione");
            }
            return String.join(" e ", missing);
        }
        return "data di fine effettiva o avanzamento"
                + (item.reasons().contains(AskedItem.Reason.LATE) ? ", in ritardo" : "");
    }

    private static Map<Long, List<AskedItem>> byObjective(List<AskedItem> items) {
        Map<Long, List<AskedItem>> grouped = new LinkedHashMap<>();
        items.forEach(item -> grouped.computeIfAbsent(item.objectiveId(), id -> new ArrayList<>()).add(item));
        return grouped;
    }

    private String objectiveLink(long objectiveId, long periodId) {
        return webUrl + "/obiettivi/" + objectiveId + "?periodo=" + periodId;
    }

    private static String greeting(String name) {
        return name == null ? "Gentile collega," : "Gentile " + name + ",";
    }

    private String footer() {
        return "\n-- \nMessaggio automatico del sistema di monitoraggio della performance: non rispondere.\n"
                + "Lo riceve perché è editor delle strutture indicate. Può disattivare i promemoria dalle preferenze del "
                + "Suo profilo: " + webUrl + "\n";
    }

    private String htmlFooter() {
        return "<hr>\n<p style=\"font-size:small;color:#555\">Messaggio automatico del sistema di monitoraggio della "
                + "performance: non rispondere.<br>\nLo riceve perché è editor delle strutture indicate. Può disattivare "
                + "i promemoria dalle preferenze del Suo <a href=\"" + escape(webUrl) + "\">profilo</a>.</p>\n"
                + "</body>\n</html>\n";
    }

    private static String head(String subject) {
        return "<!DOCTYPE html>\n<html lang=\"it\">\n<head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head>\n<body style=\"font-family:'Titillium Web',Geneva,Tahoma,sans-serif;color:#1a1a1a\">\n";
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private static String shorten(String text, int max) {
        String single = text.strip().replaceAll("\\s+", " ");
        return single.length() <= max ? single : single.substring(0, max - 1).strip() + "…";
    }

    /** For text and for attribute values in double quotes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
