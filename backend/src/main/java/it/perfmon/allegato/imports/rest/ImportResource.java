package it.perfmon.allegato.imports.rest;

import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.model.ImportReport;
import it.perfmon.allegato.imports.service.AllegatoImportService;
import it.perfmon.allegato.imports.service.AllegatoReader;
import it.perfmon.common.Idempotency;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemDetail;
import it.perfmon.common.ProblemException;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Upload of an Allegato A. The body is the file itself; its media type says which layout it is in. The method
 * takes any media type so that the role is checked before the type (an anonymous caller learns nothing but 401).
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading plans from an Allegato A")
public class ImportResource {

    private final AllegatoReader reader;
    private final AllegatoImportService service;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final PerfmonConfig.Imports config;

    ImportResource(AllegatoReader reader, AllegatoImportService service, Idempotency idempotency, CurrentActor actor,
            PerfmonConfig config) {
        this.reader = reader;
        this.service = service;
        this.idempotency = idempotency;
        this.actor = actor;
        this.config = config.imports();
    }

    /** What an upload is remembered by under an Idempotency-Key: the same key with another file is refused. */
    record Fingerprint(String operation, String format, String sha256) {
    }

    @POST
    @Path("/allegato-a")
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAllegatoA", summary = "Import a plan and its monitoring from an Allegato A",
            description = "The body is the Allegato A as a workbook, XLSX or ODS (the layout the XLSX and ODS "
                    + "exports write), or as "
                    + "tab-separated UTF-8 text (the layout of the 2021 reference file). The plan is found by the "
                    + "organisation code and year in the title and created when missing (with its organisation, "
                    + "responsible structures and the interim and final periods); objectives are matched by code, "
                    + "indicators by objective and position, phases by objective and number. Nothing absent from "
                    + "the file is deleted: it is reported as NOT_IN_FILE. With dryRun=true nothing is written and "
                    + "the report says, row by row and field by field, what the import would do; with dryRun=false "
                    + "all of it is written in one transaction, each change in the audit trail. Refused with 422 "
                    + "naming sheet, row and column when a cell cannot be read, 413 over the size limit, 415 for "
                    + "other media types. With an Idempotency-Key a retried import is answered from the store "
                    + "(header Idempotent-Replayed: true) and applied once; a dry run, which writes nothing, ignores "
                    + "the key. Administrators only.")
    @RequestBody(required = true, description = "The Allegato A file", content = {
            @Content(mediaType = Upload.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Upload.ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Upload.TSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "The dry run's report, or the import's when the plan existed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "201", description = "Imported, creating the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    // Problem content is declared here so that these descriptions are kept over the generic ones of every operation.
    @APIResponse(responseCode = "409", description = "The file would change a closed period's results or the kind of "
            + "an indicator that has counts, or the Idempotency-Key's first request is still running",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit (perfmon.import.max-bytes)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "415", description = "The body is neither an XLSX or ODS workbook nor UTF-8 "
            + "tab-separated text",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The file cannot be read as an Allegato A: the errors name each "
            + "cell at fault (sheet, row and column); or the Idempotency-Key was used with another file")
    public Response importAllegatoA(
            @QueryParam("dryRun") @Parameter(required = true, description = "true: report only; false: import",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A key unique to this upload, reused on retries",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            InputStream body) {
        boolean onlyReport = dryRun(dryRun);
        Upload upload = Upload.read(contentType, body, config.maxBytes());
        PlanDraft draft = reader.read(upload.bytes(), upload.format());
        if (onlyReport) {
            // Nothing is written, so there is nothing a retry could apply twice: the key is not needed.
            return Response.ok(service.importPlan(draft, upload.format(), true).report()).build();
        }
        Fingerprint fingerprint = new Fingerprint("importAllegatoA", upload.format().name(), upload.sha256());
        return idempotency.answer(actor.subject(), key, fingerprint, () -> {
            AllegatoImportService.Outcome outcome = service.importPlan(draft, upload.format(), false);
            return new Idempotency.Answer(outcome.createdPlan() ? 201 : 200, outcome.report());
        });
    }

    private static boolean dryRun(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw ProblemException.invalid("dryRun", "obbligatorio: true (solo il resoconto) o false (importa)");
    }
}
