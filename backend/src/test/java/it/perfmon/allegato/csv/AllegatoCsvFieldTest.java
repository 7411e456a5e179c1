package it.perfmon.allegato.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AllegatoCsvFieldTest {

    @Test
    void shouldQuoteFieldsWithSemicolonsQuotesOrLineBreaks() {
        assertEquals("\"Progetto DEFR n. 11; Programma di Governo\"", AllegatoCsvWriter.field("Progetto DEFR n. 11; Programma di Governo"));
        assertEquals("\"il \"\"Piano\"\"\"", AllegatoCsvWriter.field("il \"Piano\""));
        assertEquals("\"riga\r\naltra\"", AllegatoCsvWriter.field("riga\r\naltra"));
        assertEquals("188,94%", AllegatoCsvWriter.field("188,94%"));
    }

    @Test
    void shouldNeutraliseFormulasButNotTheDashPlaceholder() {
        assertEquals("'=1+1", AllegatoCsvWriter.field("=1+1"));
        assertEquals("'@SUM(A1)", AllegatoCsvWriter.field("@SUM(A1)"));
        assertEquals("'+39 055", AllegatoCsvWriter.field("+39 055"));
        assertEquals("'-2", AllegatoCsvWriter.field("-2"));
        assertEquals("'\tx", AllegatoCsvWriter.field("\tx"));
        assertEquals("\"'\rx\"", AllegatoCsvWriter.field("\rx"));
        assertEquals("-", AllegatoCsvWriter.field("-"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"", AllegatoCsvWriter.field("=HYPERLINK(\"x\";\"y\")"));
    }
}
