package it.perfmon.allegato;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Problems;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllegatoResourceTest {

    private static final String PATH = "/api/v1/plans/{id}/allegato-a";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldDownloadXlsxByDefaultAsAnAttachmentNamedAfterPlanAndPeriod() {
        byte[] body = given().queryParam("periodId", Arti2021.interimPeriodId()).get(PATH, Arti2021.planId())
                .then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"allegato-a-ARTI-2021-monitoraggio-"
                        + "intermedio.xlsx\"; filename*=UTF-8''allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx"))
                .header("Vary", containsString("Accept"))
                .extract().asByteArray();
        assertEquals("PK", new String(body, 0, 2), "a zip container");
    }

    @Test
    void shouldChooseTheFormatFromAcceptWithoutTheParameter() {
        given().accept("application/pdf").queryParam("periodId", Arti2021.interimPeriodId()).get(PATH, Arti2021.planId())
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("monitoraggio-intermedio.pdf\""))
                .body(startsWith("%PDF-"));
        given().accept("text/csv, application/pdf;q=0.5").get(PATH, Arti2021.planId())
                .then().statusCode(200).contentType(equalTo("text/csv;charset=UTF-8"))
                .header("Content-Disposition", containsString(".csv\""));
    }

    @Test
    void shouldPreferTheFormatParameterToAccept() {
        given().accept("application/pdf").queryParam("format", "CSV").get(PATH, Arti2021.planId())
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void shouldNameTheFinalPeriodInTheFileName() {
        given().queryParam("periodId", Arti2021.finalPeriodId()).queryParam("format", "pdf").get(PATH, Arti2021.planId())
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"allegato-a-ARTI-2021-monitoraggio-finale.pdf\""));
    }

    @Test
    void shouldRefuseAnUnknownFormatNamingTheParameter() {
        given().queryParam("format", "docx").get(PATH, Arti2021.planId())
                .then().spec(Problems.problem(400, "format"));
    }

    @Test
    void shouldNotFindTheAllegatoOfAnUnknownPlan() {
        given().get(PATH, 999_999_999L).then().spec(Problems.problem(404));
    }

    @Test
    void shouldNotFindAPeriodThatIsNotThePlans() {
        given().queryParam("periodId", 999_999_999L).get(PATH, Arti2021.planId()).then().spec(Problems.problem(404));
    }

    @Test
    void shouldCostNoMoreStatementsThanTheJsonReport() {
        long planId = Arti2021.planId();
        long periodId = Arti2021.interimPeriodId();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().queryParam("periodId", periodId).get("/api/v1/plans/{id}/report", planId).then().statusCode(200);
        long report = statistics.getPrepareStatementCount();
        for (String format : new String[] {"xlsx", "pdf", "csv"}) {
            statistics.clear();
            Downloads.allegato(planId, periodId, format);
            assertEquals(report, statistics.getPrepareStatementCount(), format);
        }
        assertTrue(report <= 6, "the report took " + report + " statements");
    }
}
