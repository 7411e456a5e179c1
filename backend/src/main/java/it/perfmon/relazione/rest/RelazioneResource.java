package it.perfmon.relazione.rest;

import it.perfmon.common.AgencyClock;
import it.perfmon.common.ContentDisposition;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Versions;
import it.perfmon.document.PublishedDocument;
import it.perfmon.document.docx.DocxWriter;
import it.perfmon.document.pdf.AccessiblePdfWriter;
import it.perfmon.oiv.service.OivReviews;
import it.perfmon.relazione.service.RelazioneService;
import it.perfmon.relazione.service.RelazioneService.Relazione;
import it.perfmon.relazione.service.RelazioneValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PermitAll
@Path("/api/v1/periods/{periodId}/relazione")
@Tag(name = "Reports")
public class RelazioneResource {

    private final RelazioneService service;
    private final OivReviews oiv;
    private final AgencyClock clock;

    RelazioneResource(RelazioneService service, OivReviews oiv, AgencyClock clock) {
        this.service = service;
        this.oiv = oiv;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getRelazione", summary = "Download the Relazione sulla performance of a closed final period",
            description = "The year's Relazione sulla performance, built from the frozen report of the plan's closed final "
                    + "period (the figures of its Allegato A): the plan's overall achievement, the indicators per "
                    + "valutazione sintetica and the number of deviations; per strategic area and objective the "
                    + "responsible structure and a table of its indicators (target, value achieved, achievement, "
                    + "assessment), each deviation with its explanation and corrective actions, and the evidence on file "
                    + "at the closing with its type, size and SHA-256; last, the OIV's validation or the statement that "
                    + "it is not yet recorded. PDF for publication (PDF/A-2 for archiving, tagged PDF/UA-1 for screen "
                    + "readers, A4); DOCX (headings in Word's Heading styles, language it-IT) to finish by hand. The "
                    + "format comes from the format parameter, else from Accept, else PDF.")
    // Content-Disposition is described in words: a declared response header makes the ModI ruleset ask for
    // rate-limit headers, which this service does not send.
    @APIResponse(responseCode = "200", description = "The document, as an attachment named after organisation and year "
            + "(Content-Disposition: attachment; filename=\"relazione-performance-ARTI-2021.pdf\"; "
            + "filename*=UTF-8''relazione-performance-ARTI-2021.pdf); its weak ETag changes whenever its content does",
            content = {
                @Content(mediaType = AccessiblePdfWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "PDF/A-2 and PDF/UA-1, A4")),
                @Content(mediaType = DocxWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", description = "Word document"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "409", description = "The period is not the plan's final period, or not closed")
    public Response download(
            @PathParam("periodId") long periodId,
            @QueryParam("format") @Parameter(description = "File format; without it, the one named by Accept, else pdf",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pdf", "docx"})) String format,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        RelazioneFormat chosen = format(format, headers);
        Relazione relazione = service.relazione(periodId, oiv.validation(periodId).map(RelazioneResource::printed));
        PublishedDocument document = relazione.document();
        ZonedDateTime now = clock.now();
        StreamingOutput body = switch (chosen) {
            case PDF -> out -> AccessiblePdfWriter.write(document, now, out);
            case DOCX -> out -> DocxWriter.write(document, now, out);
        };
        Response tagged = Versions.okWithEtag(body, contentTag(document, chosen), ifNoneMatch);
        if (tagged.getStatus() != Response.Status.OK.getStatusCode()) {
            return tagged;
        }
        return Response.fromResponse(tagged).type(chosen.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(fileName(relazione, chosen)))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    static String fileName(Relazione relazione, RelazioneFormat format) {
        return ("relazione-performance-" + relazione.organisationCode() + "-" + relazione.year() + "."
                + format.extension()).replace(' ', '-');
    }

    /**
     * Weak, since two downloads of the same content differ in the date of generation they print; it changes with
     * the content (a reopened and closed period, a validation recorded) and the format.
     */
    /** The OIV's validation as the Relazione prints it, the outcome in the words of the law's practice. */
    private static RelazioneValidation printed(OivReviews.Validation validation) {
        String outcome = switch (validation.outcome()) {
            case VALIDATED -> "validata";
            case VALIDATED_WITH_RESERVATIONS -> "validata con riserva";
            case NOT_VALIDATED -> "non validata";
        };
        return new RelazioneValidation(outcome, validation.reasoning(), validation.validatedBy(),
                validation.validatedAt());
    }

    private static EntityTag contentTag(PublishedDocument document, RelazioneFormat format) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((format.name() + "\n" + document).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RelazioneFormat format(String format, HttpHeaders headers) {
        if (format != null) {
            return RelazioneFormat.named(format).orElseThrow(() -> ProblemException.invalid("format",
                    "formato sconosciuto '" + format + "': ammessi " + RelazioneFormat.names()));
        }
        return RelazioneFormat.accepted(headers.getAcceptableMediaTypes()).orElse(RelazioneFormat.PDF);
    }
}
