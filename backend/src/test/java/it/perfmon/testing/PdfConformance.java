package it.perfmon.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates a PDF with veraPDF, the reference validator of the PDF Association, against PDF/A-2 (level A, which
 * includes B) and PDF/UA-1, and fails naming every rule broken, so that the writer can be fixed from the message.
 */
public final class PdfConformance {

    private static boolean initialised;

    private PdfConformance() {
    }

    public static void assertConformant(byte[] pdf) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            failures.addAll(failures(pdf, flavour));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " rule(s) broken:\n" + String.join("\n", failures));
        }
    }

    /** Each rule the PDF breaks for the flavour, with how often, what it says and where it was first broken. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        ValidationResult result = validate(pdf, flavour);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId rule = failed.getKey();
            TestAssertion example = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && rule.equals(a.getRuleId()))
                    .findFirst().orElse(null);
            failures.add(flavour.getId() + " " + rule.getSpecification() + " " + rule.getClause() + "-"
                    + rule.getTestNumber() + " (" + failed.getValue() + "×): "
                    + (example == null ? "" : example.getMessage() + " at " + example.getLocation().getContext()
                            + (example.getErrorMessage() == null ? "" : " — " + example.getErrorMessage())));
        }
        if (failures.isEmpty() && !result.isCompliant()) {
            failures.add(flavour.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
        }
        System.out.println("veraPDF " + flavour.getId() + ": " + (result.isCompliant() ? "compliant" : "not compliant")
                + ", " + result.getFailedChecks().values().stream().mapToInt(Integer::intValue).sum()
                + " failed checks, " + result.getTotalAssertions() + " checks run");
        return failures;
    }

    private static synchronized ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF as " + flavour.getId() + ": " + e, e);
        }
    }
}
