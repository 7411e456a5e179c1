package it.perfmon.allegato.table;

/** What a row is for, which decides its look in every format. */
public enum RowKind {
    TITLE, GROUP_HEADING, HEADING, BODY, TOTAL, SPACER, NOTE
}
