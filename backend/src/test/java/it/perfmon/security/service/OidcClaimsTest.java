package it.perfmon.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of reading a person from a token: subjects and structure codes. */
class OidcClaimsTest {

    @Test
    void shouldPrefixTheSubjectSoThatItNeverMeetsALocalUsername() {
        assertEquals("oidc:f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
                OidcClaims.subjectOf("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"));
    }

    @Test
    void shouldHashASubjectTooLongForTheColumnsAndKeepTwoSuchSubjectsApart() {
        String longSub = "x".repeat(200);
        String subject = OidcClaims.subjectOf(longSub);
        assertTrue(subject.length() <= OidcClaims.MAX_SUBJECT, subject);
        assertNotEquals(subject, OidcClaims.subjectOf(longSub + "y"));
    }

    @Test
    void shouldReadStructureCodesAsAListOrCommaSeparated() {
        assertEquals(List.of("DIREZIONE", "RPCT"), OidcClaims.structureCodes("DIREZIONE, RPCT"));
        assertEquals(List.of("RPCT"), OidcClaims.structureCodes(List.of("RPCT")));
        assertEquals(List.of(), OidcClaims.structureCodes(null));
    }

    @Test
    void shouldCutANameTooLongForTheColumnsThatShowWhoDidWhat() {
        assertEquals(OidcClaims.MAX_SUBJECT, OidcClaims.fitting("n".repeat(300)).length());
        assertEquals("m.rossi", OidcClaims.fitting("m.rossi"));
    }
}
