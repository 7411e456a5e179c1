package it.perfmon.allegato.imports.parse;

import java.util.regex.Pattern;

/** The ten columns of a timeline (cronoprogramma). */
public enum PhaseColumn implements HeadingColumn {
    NUMBER("Nr. fase", "(nr|n|num|numero)\\.? ?(della )?fase"),
    DESCRIPTION("Descrizione fase", "descrizione (della )?fase"),
    OUTPUT("Output", "output"),
    PLANNED_START("Inizio previsto", "inizio previsto"),
    PLANNED_END("Fine prevista", "fine prevista"),
    RESPONSIBLE("Struttura Responsabile", "struttura responsabile"),
    WEIGHT("Peso %", "peso ?%?"),
    ACTUAL_END("Fine effettiva", "fine effettiva.*"),
    MONITORING_NOTE("Note di monitoraggio", "note di monitoraggio"),
    DATA_SOURCE("Fonte dati", "fonte (dei )?dati");

    private final String label;
    private final Pattern pattern;

    PhaseColumn(String label, String regex) {
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
