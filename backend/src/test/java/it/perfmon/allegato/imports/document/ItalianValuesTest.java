package it.perfmon.allegato.imports.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItalianValuesTest {

    private static final SourcePosition AT = SourcePosition.text("Allegato A", 12, 6);

    private static Cell text(String text) {
        return Cell.text(text, AT);
    }

    @Test
    void shouldReadItalianPercentages() {
        assertEquals(new BigDecimal("188.94"), ItalianValues.percent(text("188,94%")).orElseThrow());
        assertEquals(new BigDecimal("6.00"), ItalianValues.percent(text("6,00%")).orElseThrow());
        assertEquals(new BigDecimal("1234.5"), ItalianValues.percent(text("1.234,5 %")).orElseThrow());
        assertEquals(new BigDecimal("100"), ItalianValues.percent(text("100%")).orElseThrow());
    }

    @Test
    void shouldReadASpreadsheetPercentageExactlyAsStored() {
        Cell formatted = Cell.number(new BigDecimal("1.88935"), true, "188,94%", AT);
        assertEquals(0, new BigDecimal("188.935").compareTo(ItalianValues.percent(formatted).orElseThrow()));
        Cell plain = Cell.number(new BigDecimal("6"), false, "6", AT);
        assertEquals(0, new BigDecimal("6").compareTo(ItalianValues.percent(plain).orElseThrow()));
    }

    @Test
    void shouldTakeTheDashAsNoValue() {
        assertEquals(Optional.empty(), ItalianValues.percent(text("-")));
        assertEquals(Optional.empty(), ItalianValues.percent(text("–")));
        assertEquals(Optional.empty(), ItalianValues.date(text("")));
        assertTrue(text(" - ").isEmpty());
    }

    @Test
    void shouldRefuseWhatIsNotAPercentageSayingWhatWasExpected() {
        InvalidCellException e = assertThrows(InvalidCellException.class, () -> ItalianValues.percent(text("circa metà")));
        assertEquals("attesa una percentuale (es. 6,00%) o \"-\", trovato \"circa metà\"", e.getMessage());
        assertThrows(InvalidCellException.class, () -> ItalianValues.percent(text("0,06")));
    }

    @Test
    void shouldSplitAValueFromWhatItRefersTo() {
        var read = ItalianValues.percentWithReference(text("95,20% dato 2020")).orElseThrow();
        assertEquals(new BigDecimal("95.20"), read.value());
        assertEquals("dato 2020", read.reference());
        assertEquals(null, ItalianValues.percentWithReference(text("100,00%")).orElseThrow().reference());
    }

    @Test
    void shouldTellARuleFromAValue() {
        assertEquals(">= dato finale anno precedente",
                ItalianValues.percentOrRule(text(">= dato finale anno precedente")).orElseThrow().rule());
        assertEquals(new BigDecimal("85.00"), ItalianValues.percentOrRule(text("85,00%")).orElseThrow().value());
        assertThrows(InvalidCellException.class, () -> ItalianValues.percentOrRule(text("85 punti")));
    }

    @Test
    void shouldReadDatesWithFourOrTwoDigitYears() {
        assertEquals(LocalDate.of(2021, 3, 31), ItalianValues.date(text("31/03/2021")).orElseThrow());
        assertEquals(LocalDate.of(2021, 3, 31), ItalianValues.date(text("31/03/21")).orElseThrow());
        assertEquals(LocalDate.of(2021, 3, 2), ItalianValues.date(text("2/3/2021")).orElseThrow());
        InvalidCellException e = assertThrows(InvalidCellException.class, () -> ItalianValues.date(text("31/02/2021")));
        assertEquals("la data \"31/02/2021\" non esiste", e.getMessage());
        assertThrows(InvalidCellException.class, () -> ItalianValues.date(text("marzo 2021")));
    }

    @Test
    void shouldReadItalianQuantities() {
        assertEquals(new BigDecimal("45000"), ItalianValues.italianNumber("45.000").orElseThrow());
        assertEquals(new BigDecimal("18280"), ItalianValues.italianNumber("18.280").orElseThrow());
        assertEquals(Optional.empty(), ItalianValues.italianNumber("45 mila"));
    }

    @Test
    void shouldReadTheAssessmentStep() {
        assertEquals(3, ItalianValues.assessment(text("3. secondo le aspettative")).orElseThrow());
        assertEquals(2, ItalianValues.assessment(text("2. da iniziare - secondo le aspettative")).orElseThrow());
        assertEquals(5, ItalianValues.assessment(text("5")).orElseThrow());
        assertEquals(1, ItalianValues.assessment(text("in anticipo")).orElseThrow());
        assertEquals(4, ItalianValues.assessment(Cell.number(new BigDecimal("4.0"), false, "4", AT)).orElseThrow());
    }

    @Test
    void shouldRefuseAnAssessmentWhoseNumberAndWordsDisagree() {
        InvalidCellException e = assertThrows(InvalidCellException.class,
                () -> ItalianValues.assessment(text("3. in ritardo")));
        assertEquals("la valutazione 3 è \"secondo le aspettative\", non \"in ritardo\"", e.getMessage());
        assertThrows(InvalidCellException.class, () -> ItalianValues.assessment(text("6. ottimo")));
    }

    @Test
    void shouldDropTheMarkupOfTheTextExport() {
        assertEquals("100,00%", ItalianValues.clean("<b>100,00%</b>"));
        assertEquals("MONITORAGGIO", ItalianValues.clean(" <B>MONITORAGGIO</B>\u00A0"));
    }

    @Test
    void shouldReadWholeNumbers() {
        assertEquals(3, ItalianValues.wholeNumber(text("3")).orElseThrow());
        assertEquals(3, ItalianValues.wholeNumber(Cell.number(new BigDecimal("3.0"), false, "3", AT)).orElseThrow());
        assertThrows(InvalidCellException.class, () -> ItalianValues.wholeNumber(text("3,5")));
    }
}
