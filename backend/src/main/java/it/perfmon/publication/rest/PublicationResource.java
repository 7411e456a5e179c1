package it.perfmon.publication.rest;

import it.perfmon.publication.PublishedPeriod;
import it.perfmon.publication.service.PublicationService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
                    + "reading is off. Of one organisation (the one named, by default the caller's, the default one for "
                    + "anonymous callers) or, for people of the Region, of every organisation.")
    public PublicationResponse publication(@QueryParam("organisation") @Parameter(description = "Organisation code; "
            + "404 if the caller may not read it", example = "ARTI",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisation) {
        List<Long> organisations = service.listed(organisation);
        List<PublishedPeriod> periods = service.publishedPeriods(organisations);
        Instant modified = periods.stream().map(PublishedPeriod::modified).max(Instant::compareTo)
                .orElseGet(() -> service.emptyCatalogueDate(organisations));
        return PublicationResponse.of(periods, service.licence(), modified);
    }
}
