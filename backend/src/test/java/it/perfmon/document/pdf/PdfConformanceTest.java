package it.perfmon.document.pdf;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.PdfConformance;
import org.junit.jupiter.api.Test;

/** The PDFs the product publishes, downloaded as a visitor does, are PDF/A-2 and PDF/UA-1 for veraPDF. */
@QuarkusTest
class PdfConformanceTest {

    @Test
    void shouldPublishTheAllegatoAOf2021AsPdfA2AndPdfUa1() {
        for (long periodId : new long[] {Arti2021.interimPeriodId(), Arti2021.finalPeriodId()}) {
            byte[] pdf = given().queryParam("periodId", periodId).queryParam("format", "pdf")
                    .get("/api/v1/plans/{id}/allegato-a", Arti2021.planId())
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            PdfConformance.assertConformant(pdf);
        }
    }
}
