package it.perfmon.allegato.imports.parse;

import java.util.regex.Pattern;

/** The sixteen columns of the Allegato A's main table. */
public enum MainColumn implements HeadingColumn {
    AREA_NUMBER("numero dell'ambito strategico", "i|n\\.?|nr\\.?|numero|numero ambito|n\\.? ambito"),
    AREA_TITLE("AMBITO STRATEGICO", "ambito strategico"),
    OBJECTIVE_CODE("codice dell'obiettivo", "ii|codice|codice obiettivo|n\\.? obiettivo"),
    OBJECTIVE("Obiettivo", "obiettivo"),
    WEIGHT("Peso %", "peso ?%?"),
    INDICATOR("Indicatore", "indicatore"),
    BASELINE("Valore iniziale", "valore iniziale"),
    TARGET("Valore target <anno>", "valore target (\\d{4})"),
    NEXT_YEARS_TARGET("Valore target <anno+1> - <anno+2>", "valore target \\d{4} ?[-–] ?\\d{4}"),
    NOTES("Note", "note"),
    RESPONSIBLE("Responsabile attuazione", "responsabile (dell')?attuazione.*"),
    PROGRAMMING_LINK("Collegamento con la Programmazione regionale", "collegamento con la programmazione.*"),
    ACHIEVED("Valore conseguito dall'indicatore", "valore conseguito.*"),
    MONITORING_NOTE("Note di monitoraggio", "note di monitoraggio"),
    DATA_SOURCE("Fonte dati", "fonte (dei )?dati"),
    ASSESSMENT("Valutazione sintetica sullo stato di attuazione dell'indicatore", "valutazione sintetica.*");

    private final String label;
    private final Pattern pattern;

    MainColumn(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }
}
