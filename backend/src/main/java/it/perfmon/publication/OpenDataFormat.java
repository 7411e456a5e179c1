package it.perfmon.publication;

/** The formats the open data of a closed period are published in, with their EU file-type authority code. */
public enum OpenDataFormat {
    CSV("csv", "text/csv", "CSV"),
    JSON("json", "application/json", "JSON"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", "ODS");

    private final String extension;
    private final String mediaType;
    private final String fileType;

    OpenDataFormat(String extension, String mediaType, String fileType) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.fileType = fileType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The concept of the EU Publications Office's file-type authority list, as DCAT-AP_IT asks for dct:format. */
    public String fileTypeIri() {
        return "http://publications.europa.eu/resource/authority/file-type/" + fileType;
    }

    /** The stable address of the period's values in this format, relative to the service's root. */
    public String path(long periodId) {
        return "/api/v1/open-data/periods/" + periodId + "/values." + extension;
    }
}
