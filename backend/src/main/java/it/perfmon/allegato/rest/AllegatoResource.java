package it.perfmon.allegato.rest;

import it.perfmon.answers.Answer;
import it.perfmon.answers.AnswerKey;
import it.perfmon.answers.AnswerScope;
import it.perfmon.answers.CachedAnswers;
import it.perfmon.common.AgencyClock;
import it.perfmon.allegato.csv.AllegatoCsvWriter;
import it.perfmon.allegato.ods.AllegatoOdsWriter;
import it.perfmon.allegato.pdf.AllegatoPdfWriter;
import it.perfmon.allegato.service.AllegatoService;
import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.xlsx.AllegatoXlsxWriter;
import it.perfmon.common.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PermitAll
@Path("/api/v1/plans/{planId}/allegato-a")
@Tag(name = "Reports")
public class AllegatoResource {

    private final AllegatoService service;
    private final AgencyClock clock;
    private final CachedAnswers answers;

    AllegatoResource(AllegatoService service, AgencyClock clock, CachedAnswers answers) {
        this.service = service;
        this.clock = clock;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "getAllegatoA", summary = "Download the Allegato A as XLSX, PDF, CSV or ODS",
            description = "The plan at a monitoring period in the layout of the source table: sheet 'Allegato A' (title, "
                    + "two heading rows, the source's 16 columns A-P from area number to assessment and then Q "
                    + "explanation of the deviation and R corrective actions, one row per indicator with area "
                    + "and objective cells merged over their rows, the sum of the weights, the footnote) and one sheet "
                    + "'<organisation> crono <n>' per objective with phases. XLSX keeps percentages as numbers formatted "
                    + "0.00% and dates as dates; ODS (OpenDocument, LibreOffice's format) has the same "
                    + "sheets, cells, merged regions and formats as XLSX; PDF is A4 landscape for publication; CSV holds the main table for "
                    + "Italian spreadsheets (UTF-8 with BOM, semicolons, CRLF, 188,94%, 31/03/2021). Texts that a "
                    + "spreadsheet would take for a formula are kept inert. The format comes from the format parameter, "
                    + "else from Accept, else XLSX. Without periodId, the latest period holding results.")
    // Content-Disposition is described in words: a declared response header makes the ModI ruleset ask for
    // rate-limit headers, which this service does not send.
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "200", description = "The document, as an attachment named after organisation, year "
            + "and period (Content-Disposition: attachment; filename=\"allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx\"; "
            + "filename*=UTF-8''allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx). The ETag is a digest of the file; "
            + "If-None-Match with it answers 304 while the plan's data is unchanged. " + CachedAnswers.CACHE_STATUS_DESCRIPTION,
            content = {
                @Content(mediaType = AllegatoXlsxWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", description = "Excel workbook")),
                @Content(mediaType = AllegatoPdfWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", description = "PDF, A4 landscape")),
                @Content(mediaType = AllegatoCsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                        description = "The main table: UTF-8 with BOM, semicolon-separated, CRLF, RFC 4180 quoting")),
                @Content(mediaType = AllegatoOdsWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "OpenDocument spreadsheet"))})
    public Response download(
            @PathParam("planId") long planId,
            @QueryParam("periodId") @Parameter(description = "Monitoring period; default the latest holding results",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long periodId,
            @QueryParam("format") @Parameter(description = "File format; without it, the one named by Accept, else xlsx",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx", "pdf", "csv", "ods"})) String format,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers) {
        AllegatoFormat chosen = format(format, headers);
        CachedAnswers.Served served = answers.answer(AnswerKey.of("allegato-a", planId, periodId, chosen),
                AnswerScope.plan(planId), () -> {
                    AllegatoTable table = service.table(planId, periodId);
                    return Answer.of(document(table, chosen), chosen.mediaType().toString(), Map.of(
                            "Content-Disposition", AllegatoFileName.contentDisposition(AllegatoFileName.of(table, chosen)),
                            HttpHeaders.VARY, HttpHeaders.ACCEPT));
                });
        return CachedAnswers.response(served, ifNoneMatch);
    }

    private byte[] document(AllegatoTable table, AllegatoFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case XLSX -> AllegatoXlsxWriter.write(table, out);
                case PDF -> AllegatoPdfWriter.write(table, clock.now(), out);
                case CSV -> AllegatoCsvWriter.write(table, out);
                case ODS -> AllegatoOdsWriter.write(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static AllegatoFormat format(String format, HttpHeaders headers) {
        if (format != null) {
            return AllegatoFormat.named(format).orElseThrow(() -> ProblemException.invalid("format",
                    "formato sconosciuto '" + format + "': ammessi " + AllegatoFormat.names()));
        }
        return AllegatoFormat.accepted(headers.getAcceptableMediaTypes()).orElse(AllegatoFormat.XLSX);
    }
}
