package it.perfmon.allegato.imports.parse;

import java.util.regex.Pattern;

/**
 * The sixteen columns of the Allegato A's main table, and the two the monitoring cycle adds after them, which a file
 * may lack (the 2021 table, an export of an earlier release): then the explanations stored are left as they are.
 */
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
    ASSESSMENT("Valutazione sintetica sullo stato di attuazione dell'indicatore", "valutazione sintetica.*"),
    DEVIATION_EXPLANATION("Motivazione dello scostamento", "motivazione (dello )?scostamento.*", true),
    CORRECTIVE_ACTIONS("Interventi correttivi", "interventi correttivi.*", true);

    private final String label;
    private final Pattern pattern;
    private final boolean optional;

    MainColumn(String label, String regex) {
        this(label, regex, false);
    }

    MainColumn(String label, String regex, boolean optional) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
        this.optional = optional;
    }

    /** A file without this column is read all the same. */
    public boolean optional() {
        return optional;
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
