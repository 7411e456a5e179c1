package it.perfmon.rules;

import java.util.Arrays;

/** The five-step scale of the valutazione sintetica, with the codes and labels of the Allegato A. */
public enum AssessmentStep {
    AHEAD(1, "in anticipo"),
    NOT_STARTED_ON_TRACK(2, "da iniziare – secondo le aspettative"),
    ON_TRACK(3, "secondo le aspettative"),
    NOT_STARTED_LATE(4, "da iniziare – in ritardo"),
    LATE(5, "in ritardo");

    private final int code;
    private final String label;

    AssessmentStep(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static AssessmentStep fromCode(int code) {
        return Arrays.stream(values())
                .filter(step -> step.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Valutazione sconosciuta: " + code + " (ammesse 1-5)"));
    }
}
