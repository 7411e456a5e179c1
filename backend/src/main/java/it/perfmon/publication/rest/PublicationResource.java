package it.perfmon.publication.rest;

import it.perfmon.publication.PublishedPeriod;
import it.perfmon.publication.service.PublicationService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Amministrazione trasparente › Performance. Public by law, yet it follows the agency's switch for public reading
 * (MONITOR_PUBLIC_READ) like every other read: an agency that closes reading closes this too.
 */
@PermitAll
@Path("/api/v1/publication")
@Tag(name = "Publication")
public class PublicationResource {

    private final PublicationService service;

    PublicationResource(PublicationService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublication", summary = "What Amministrazione trasparente › Performance publishes",
            description = "Every published plan (never a draft) with its closed periods only (never an open one), "
                    + "oldest period first, each with the date it was published (first closed) and last changed "
                    + "(closed again after a reopening), and its files: the Allegato A as PDF, XLSX, ODS and CSV, the "
                    + "Relazione sulla performance as PDF and DOCX for the final period, and the indicator values as "
                    + "open data in CSV, JSON and ODS under the licence stated; then the DCAT-AP_IT catalogue of the "
                    + "open data. Addresses are relative to the service's root. Readable anonymously unless public "
                    + "reading is off.")
    public PublicationResponse publication() {
        List<PublishedPeriod> periods = service.publishedPeriods();
        Instant modified = periods.stream().map(PublishedPeriod::modified).max(Instant::compareTo)
                .orElseGet(service::emptyCatalogueDate);
        return PublicationResponse.of(periods, service.licence(), modified);
    }
}
