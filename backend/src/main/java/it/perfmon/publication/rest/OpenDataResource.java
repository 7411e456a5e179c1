package it.perfmon.publication.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.common.Versions;
import it.perfmon.publication.OpenDataFormat;
import it.perfmon.publication.OpenDataset;
import it.perfmon.publication.PublishedPeriod;
import it.perfmon.publication.dcat.DcatCatalog;
import it.perfmon.publication.opendata.OpenDataCsv;
import it.perfmon.publication.opendata.OpenDataOds;
import it.perfmon.organisation.Organisation;
import it.perfmon.publication.service.PublicationService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open data of Amministrazione trasparente at stable addresses: the indicator values of each closed period of a
 * published plan, read from the snapshot frozen at closing (so they change only when the period is closed again),
 * and their DCAT-AP_IT catalogue. Unclosed periods and drafts answer 404. Public unless public reading is off.
 * The files declare no @Produces, as the Allegato A: a harvester's or a browser's Accept never turns the refusal of
 * a private reading (401/403) into a 406, and the type is set on each answer.
 */
@PermitAll
@Path("/api/v1/open-data")
@Tag(name = "Publication")
public class OpenDataResource {

    private static final String NOT_MODIFIED = "Not modified since the ETag in If-None-Match";
    private static final String ORGANISATION = "The catalogue's organisation (its code); default the caller's, the "
            + "default organisation for anonymous callers and people of the Region; 404 if the caller may not read it";

    private final PublicationService service;
    private final ObjectMapper mapper;

    OpenDataResource(PublicationService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Path("/periods/{periodId}/values.csv")
    @Operation(operationId = "getOpenDataCsv", summary = "A closed period's indicator values as CSV",
            description = "RFC 4180 CSV in UTF-8 with a header row of the field names of OpenDataRow, commas, CRLF, "
                    + "dot decimals, ISO dates; percentages in percent units. Taken from the period's frozen snapshot: "
                    + "Last-Modified is when it was last closed, and the ETag a digest of the bytes.")
    @APIResponse(responseCode = "200", description = "The values",
            content = @Content(mediaType = OpenDataCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    public Response csv(@PathParam("periodId") long periodId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        OpenDataset dataset = service.dataset(periodId);
        return file(OpenDataCsv.write(dataset.rows()), OpenDataFormat.CSV, dataset.period(), ifNoneMatch);
    }

    @GET
    @Path("/periods/{periodId}/values.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataJson", summary = "A closed period's indicator values as JSON",
            description = "The dataset's title, organisation, plan, period, publication dates and licence, and one row "
                    + "per indicator, from the period's frozen snapshot.")
    @APIResponse(responseCode = "200", description = "The values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenDataResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    public Response json(@PathParam("periodId") long periodId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        OpenDataset dataset = service.dataset(periodId);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(OpenDataResponse.of(dataset, service.licence()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return file(body, OpenDataFormat.JSON, dataset.period(), ifNoneMatch);
    }

    @GET
    @Path("/periods/{periodId}/values.ods")
    @Operation(operationId = "getOpenDataOds", summary = "A closed period's indicator values as ODS",
            description = "An OpenDocument spreadsheet with one sheet, 'valori': the CSV's header row and rows, numbers "
                    + "as numbers and dates as dates.")
    @APIResponse(responseCode = "200", description = "The values", content = @Content(mediaType = OpenDataOds.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    public Response ods(@PathParam("periodId") long periodId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        OpenDataset dataset = service.dataset(periodId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OpenDataOds.write(dataset, DcatCatalog.datasetTitle(dataset.period()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), OpenDataFormat.ODS, dataset.period(), ifNoneMatch);
    }

    @GET
    @Path("/catalog.ttl")
    @Operation(operationId = "getOpenDataCatalogTurtle", summary = "The DCAT-AP_IT catalogue of the open data, as Turtle",
            description = "A dcatapit:Catalog of the organisation with one dcatapit:Dataset per closed period of a "
                    + "published plan and one dcatapit:Distribution per format (CSV, JSON, ODS), with the profile's "
                    + "mandatory properties, for the national catalogue (dati.gov.it) to harvest. Absolute addresses "
                    + "start with MONITOR_PUBLIC_URL (default MONITOR_WEB_URL).")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = DcatCatalog.TURTLE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    public Response turtle(@HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("organisation") @Parameter(description = ORGANISATION, example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisation) {
        Organisation publishing = service.publishing(organisation);
        List<PublishedPeriod> periods = service.publishedPeriods(List.of(publishing.id));
        Instant empty = service.emptyCatalogueDate(List.of(publishing.id));
        String body = DcatCatalog.turtle(service.publisher(publishing), service.licence(), periods, empty);
        return catalog(body, DcatCatalog.TURTLE, periods, empty, ifNoneMatch);
    }

    @GET
    @Path("/catalog.rdf")
    @Operation(operationId = "getOpenDataCatalogRdfXml", summary = "The DCAT-AP_IT catalogue of the open data, as RDF/XML",
            description = "The same catalogue as catalog.ttl, in RDF/XML.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = DcatCatalog.RDF_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    public Response rdfXml(@HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("organisation") @Parameter(description = ORGANISATION, example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisation) {
        Organisation publishing = service.publishing(organisation);
        List<PublishedPeriod> periods = service.publishedPeriods(List.of(publishing.id));
        Instant empty = service.emptyCatalogueDate(List.of(publishing.id));
        String body = DcatCatalog.rdfXml(service.publisher(publishing), service.licence(), periods, empty);
        return catalog(body, DcatCatalog.RDF_XML, periods, empty, ifNoneMatch);
    }

    private Response catalog(String body, String mediaType, List<PublishedPeriod> periods, Instant empty,
            String ifNoneMatch) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Instant modified = periods.stream().map(PublishedPeriod::modified).max(Instant::compareTo).orElse(empty);
        return tagged(bytes, MediaType.valueOf(mediaType).withCharset("UTF-8"), modified, ifNoneMatch, null);
    }

    private static Response file(byte[] body, OpenDataFormat format, PublishedPeriod period, String ifNoneMatch) {
        MediaType type = MediaType.valueOf(format.mediaType());
        if (format != OpenDataFormat.ODS) {
            type = type.withCharset("UTF-8");
        }
        String name = "valori-indicatori-" + period.organisationCode() + "-" + period.planYear() + "-"
                + period.referenceDate() + "." + format.extension();
        return tagged(body, type, period.modified(), ifNoneMatch, "attachment; filename=\"" + name + "\"");
    }

    private static Response tagged(byte[] body, MediaType type, Instant modified, String ifNoneMatch,
            String disposition) {
        Response checked = Versions.okWithEtag(body, digest(body), ifNoneMatch);
        Response.ResponseBuilder response = Response.fromResponse(checked).lastModified(Date.from(modified));
        if (checked.getStatus() == Response.Status.OK.getStatusCode()) {
            response.type(type);
            if (disposition != null) {
                response.header("Content-Disposition", disposition);
            }
        }
        return response.build();
    }

    /** A strong tag of the exact bytes sent. */
    private static EntityTag digest(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
