package it.perfmon.evidence.rest;

import io.quarkus.security.Authenticated;
import it.perfmon.common.ContentDisposition;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemDetail;
import it.perfmon.common.Versions;
import it.perfmon.evidence.Evidence;
import it.perfmon.evidence.EvidenceType.Media;
import it.perfmon.evidence.service.EvidenceContent;
import it.perfmon.evidence.service.EvidenceService;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Evidence (elementi probativi) attached to results and phases. Uploads are multipart forms, whose file part Quarkus
 * spools to a temporary file; the service reads it from there. Reads are for signed-in callers, and the service
 * decides which of them may read (EvidenceAccess); writes are for administrators and the structure's editors.
 */
@Path("/api/v1")
@Tag(name = "Evidence", description = "Files (elementi probativi) backing an indicator's result in a period or a "
        + "phase: the type told from the content, the SHA-256 kept, readable only by administrators and the "
        + "responsible structure's editors, frozen once their period is closed")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private static final String WHO_READS = " Administrators and the editors of the objective's responsible structure "
            + "only (evidence may hold personal data: it is never public, whatever MONITOR_PUBLIC_READ says; viewers "
            + "and API tokens other than the administrator's are refused with 403).";
    private static final String UPLOAD = " The body is multipart/form-data: the part file (with its filename) and "
            + "an optional description. The type is told from the content (Apache Tika), never from the name or the "
            + "part's Content-Type, and must be PDF, ODT, DOCX, ODS, XLSX, CSV, PNG or JPEG and agree with the name's "
            + "extension, else 415 saying what the content is. A file over perfmon.evidence.max-size (20 MiB) gets "
            + "413, before it is read when the request's Content-Length says so. The metadata, the bytes and the audit "
            + "entry are written in one transaction. Administrators and the editors of the objective's responsible "
            + "structure.";

    private final EvidenceService service;
    private final EvidenceContent content;

    EvidenceResource(EvidenceService service, EvidenceContent content) {
        this.service = service;
        this.content = content;
    }

    @Authenticated
    @GET
    @Path("/indicators/{indicatorId}/results/{periodId}/evidence")
    @Operation(operationId = "listResultEvidence", summary = "List the evidence of an indicator's result in a period",
            description = "The evidence attached to the indicator's result in the period, oldest first." + WHO_READS)
    @APIResponse(responseCode = "200", description = "A page of evidence")
    public Page<EvidenceResponse> listForResult(@PathParam("indicatorId") long indicatorId,
            @PathParam("periodId") long periodId, @Valid @BeanParam PageRequest page) {
        return service.listForResult(indicatorId, periodId, page).map(EvidenceResponse::of);
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @POST
    @Path("/indicators/{indicatorId}/results/{periodId}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachResultEvidence", summary = "Attach evidence to an indicator's result in an open period",
            description = "Attaches a file to the indicator's result in the period (the result need not be stored: a "
                    + "computed value has evidence too). Refused with 409 when the period is closed or, for editors, "
                    + "while their structure's part of the period's collection is submitted or accepted." + UPLOAD)
    @APIResponse(responseCode = "201", description = "Attached; Location is the evidence, ETag its version",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "409", description = "The period is closed, or the structure's part of its collection "
            + "is submitted or accepted (editors)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than perfmon.evidence.max-size",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "415", description = "The content is not of an accepted type, or not of the type its "
            + "name says; or the body is not multipart/form-data",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response attachToResult(@PathParam("indicatorId") long indicatorId, @PathParam("periodId") long periodId,
            @Valid @BeanParam EvidenceUploadForm form, @Context UriInfo uri) {
        return created(service.attachToResult(indicatorId, periodId, upload(form)), uri);
    }

    @Authenticated
    @GET
    @Path("/phases/{phaseId}/evidence")
    @Operation(operationId = "listPhaseEvidence", summary = "List the evidence of a phase",
            description = "The evidence attached to the phase, oldest first." + WHO_READS)
    @APIResponse(responseCode = "200", description = "A page of evidence")
    public Page<EvidenceResponse> listForPhase(@PathParam("phaseId") long phaseId, @Valid @BeanParam PageRequest page) {
        return service.listForPhase(phaseId, page).map(EvidenceResponse::of);
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @POST
    @Path("/phases/{phaseId}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachPhaseEvidence", summary = "Attach evidence to a phase",
            description = "Attaches a file to the phase, such as the signed act that proves it done. Refused with 409 "
                    + "when every monitoring period of the plan is closed." + UPLOAD)
    @APIResponse(responseCode = "201", description = "Attached; Location is the evidence, ETag its version",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "409", description = "Every monitoring period of the plan is closed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than perfmon.evidence.max-size",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "415", description = "The content is not of an accepted type, or not of the type its "
            + "name says; or the body is not multipart/form-data",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response attachToPhase(@PathParam("phaseId") long phaseId,
            @Valid @BeanParam EvidenceUploadForm form, @Context UriInfo uri) {
        return created(service.attachToPhase(phaseId, upload(form)), uri);
    }

    @Authenticated
    @GET
    @Path("/evidence/{evidenceId}")
    @Operation(operationId = "getEvidence", summary = "Get the description of a piece of evidence",
            description = "Name, type, size, SHA-256, description, what it is attached to, who uploaded it and when."
                    + WHO_READS)
    @APIResponse(responseCode = "200", description = "The evidence; ETag names its version",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("evidenceId") long evidenceId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Evidence evidence = service.get(evidenceId);
        return Versions.okWithEtag(EvidenceResponse.of(evidence), evidence.version, ifNoneMatch);
    }

    @Authenticated
    @GET
    @Path("/evidence/{evidenceId}/content")
    @Produces({Media.PDF, Media.ODT, Media.DOCX, Media.ODS, Media.XLSX, Media.CSV, Media.PNG, Media.JPEG})
    @Operation(operationId = "getEvidenceContent", summary = "Download a piece of evidence",
            description = "The file as uploaded, as an attachment (Content-Disposition: attachment; filename=\"…\"; "
                    + "filename*=UTF-8''… with the name it was uploaded with), with the type told from its content at "
                    + "upload, X-Content-Type-Options: nosniff, Content-Length, and its SHA-256 as a strong ETag "
                    + "(If-None-Match gives 304). Whatever Accept says, the answer is in the stored type." + WHO_READS)
    @APIResponse(responseCode = "200", description = "The file, in its stored type", content = {
            @Content(mediaType = Media.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Media.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Media.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names its SHA-256")
    public Response content(@PathParam("evidenceId") long evidenceId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Evidence evidence = service.get(evidenceId);
        EntityTag tag = new EntityTag(evidence.sha256);
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::trim).anyMatch(tag.toString()::equals))) {
            return Response.notModified(tag).build();
        }
        long id = evidence.id;
        long size = evidence.sizeBytes;
        StreamingOutput body = out -> content.copyTo(id, size, out);
        // X-Content-Type-Options: nosniff is on every answer (quarkus.http.header), this one included.
        return Response.ok(body, evidence.mediaType)
                .tag(tag)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(evidence.fileName))
                .header(HttpHeaders.CONTENT_LENGTH, size)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @DELETE
    @Path("/evidence/{evidenceId}")
    @Operation(operationId = "deleteEvidence", summary = "Remove a piece of evidence that is not yet frozen",
            description = "Removes the evidence and its content, recorded in the audit trail. Refused with 409 once "
                    + "frozen: a result's evidence while its period is closed (and, for editors, while their "
                    + "structure's part of the period's collection is submitted or accepted); a phase's evidence once "
                    + "a period of the plan has been closed after it was uploaded. Evidence is never replaced in "
                    + "place: remove it and attach the new file. If-Match is optional and honoured. Administrators "
                    + "and the editors of the objective's responsible structure.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The evidence is frozen by a closed period",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public void delete(@PathParam("evidenceId") long evidenceId, @HeaderParam("If-Match") String ifMatch) {
        service.delete(evidenceId, ifMatch);
    }

    private static EvidenceService.Upload upload(EvidenceUploadForm form) {
        FileUpload file = form.file;
        return file == null ? null
                : new EvidenceService.Upload(file.fileName(), file.uploadedFile(), file.size(), form.description);
    }

    private static Response created(Evidence evidence, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/v1/evidence/{id}").build(evidence.id);
        return Response.created(location).entity(EvidenceResponse.of(evidence)).tag(Versions.etag(evidence.version))
                .build();
    }
}
