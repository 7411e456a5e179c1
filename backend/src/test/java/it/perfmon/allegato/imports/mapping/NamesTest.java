package it.perfmon.allegato.imports.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shouldWriteAnOrganisationNameAsItalianWriteIt() {
        assertEquals("Agenzia Regionale Toscana per l'Impiego",
                Names.italianTitleCase("AGENZIA REGIONALE TOSCANA PER L'IMPIEGO"));
        assertEquals("L'Agenzia delle Entrate", Names.italianTitleCase("L'AGENZIA DELLE ENTRATE"));
        assertEquals("Istituto di Ricerca e Sviluppo", Names.italianTitleCase("istituto di ricerca e sviluppo"));
    }

    @Test
    void shouldCodeAStructureByItsAbbreviationOrName() {
        assertEquals("RPCT", Names.structureCode("Responsabile Prevenzione Corruzione e Trasparenza (RPCT)", List.of()));
        assertEquals("DIREZIONE", Names.structureCode("Direzione", List.of()));
        assertEquals("SETTORE-ATTIVITA-PRODUTTIVE", Names.structureCode("Settore attività produttive", List.of()));
        assertEquals("DIREZIONE-2", Names.structureCode("Direzione", List.of("direzione")));
        assertTrue(Names.structureCode("Settore regionale Organizzazione e Sviluppo Risorse Umane e Servizi generali",
                List.of()).length() <= 32);
    }

    @Test
    void shouldTellTheSameNameWrittenDifferently() {
        assertTrue(Names.same("Direzione", " DIREZIONE "));
        assertEquals("RPCT", Names.abbreviation("Responsabile Prevenzione Corruzione e Trasparenza (RPCT)"));
    }
}
