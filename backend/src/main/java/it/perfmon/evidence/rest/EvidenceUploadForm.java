package it.perfmon.evidence.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of an upload: Quarkus spools the file part to a temporary file, deleted after the request. */
public class EvidenceUploadForm {

    @RestForm("file")
    @NotNull(message = "obbligatorio: il file da allegare, nella parte multipart «file» con il suo nome")
    @Schema(type = SchemaType.STRING, format = "binary", description = "The file: PDF, ODT, DOCX, "
            + "ODS, XLSX, CSV, PNG or JPEG, named with its extension (the filename of the part's Content-Disposition), "
            + "at most perfmon.evidence.max-size bytes (20 MiB). Its type is told from its content.")
    public FileUpload file;

    @RestForm("description")
    @Schema(maxLength = 1000, description = "What the file shows", example = "Determina di approvazione delle linee guida")
    public String description;
}
