package it.perfmon.publication.rest;

import it.perfmon.publication.Licence;
import it.perfmon.publication.OpenDataFormat;
import it.perfmon.publication.PublishedPeriod;
import it.perfmon.publication.dcat.DcatCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Amministrazione trasparente › Performance: each published plan with its closed periods and their files. */
@Schema(name = "Publication")
public record PublicationResponse(
        @Schema(description = "The licence of the open data") LicenceView licence,
        @Schema(description = "The DCAT-AP_IT description of the open data, for the national catalogue") List<FileView> catalog,
        List<PublishedPlanView> plans) {

    @Schema(name = "PublicationLicence")
    public record LicenceView(String name, String url) {
    }

    @Schema(name = "PublishedPlan")
    public record PublishedPlanView(long planId, int year, String title, String organisationCode,
            String organisationName, List<PublishedPeriodView> periods) {
    }

    @Schema(name = "PublishedPeriod")
    public record PublishedPeriodView(
            long periodId,
            @Schema(enumeration = {"INTERIM", "FINAL"}) String kind,
            LocalDate referenceDate,
            String label,
            @Schema(description = "When the period was first closed, i.e. published") Instant published,
            @Schema(description = "When its frozen figures last changed (closed again after a reopening)") Instant modified,
            List<FileView> files) {
    }

    @Schema(name = "PublishedFile")
    public record FileView(
            @Schema(enumeration = {"ALLEGATO_A", "RELAZIONE", "OPEN_DATA", "CATALOG"}) String group,
            String title,
            @Schema(description = "Short name of the format, e.g. PDF, XLSX, CSV") String format,
            String mediaType,
            @Schema(description = "The file's address, relative to the service's root") String url,
            Instant published,
            Instant modified) {
    }

    static PublicationResponse of(List<PublishedPeriod> periods, Licence licence, Instant catalogModified) {
        Map<Long, List<PublishedPeriod>> byPlan = new LinkedHashMap<>();
        periods.forEach(p -> byPlan.computeIfAbsent(p.planId(), id -> new ArrayList<>()).add(p));
        List<PublishedPlanView> plans = byPlan.values().stream().map(list -> {
            PublishedPeriod first = list.get(0);
            return new PublishedPlanView(first.planId(), first.planYear(), first.planTitle(), first.organisationCode(),
                    first.organisationName(), list.stream().map(PublicationResponse::period).toList());
        }).toList();
        Instant issued = periods.stream().map(PublishedPeriod::published).min(Instant::compareTo).orElse(catalogModified);
        List<FileView> catalog = List.of(
                new FileView("CATALOG", "Catalogo DCAT-AP_IT dei dati aperti (Turtle)", "TTL", DcatCatalog.TURTLE,
                        DcatCatalog.CATALOG_PATH + ".ttl", issued, catalogModified),
                new FileView("CATALOG", "Catalogo DCAT-AP_IT dei dati aperti (RDF/XML)", "RDF", DcatCatalog.RDF_XML,
                        DcatCatalog.CATALOG_PATH + ".rdf", issued, catalogModified));
        return new PublicationResponse(new LicenceView(licence.name(), licence.url()), catalog, plans);
    }

    private static PublishedPeriodView period(PublishedPeriod period) {
        List<FileView> files = new ArrayList<>();
        String allegato = "/api/v1/plans/" + period.planId() + "/allegato-a?periodId=" + period.periodId() + "&format=";
        String allegatoTitle = "Allegato A – " + period.label();
        files.add(file(period, "ALLEGATO_A", allegatoTitle, "PDF", "application/pdf", allegato + "pdf"));
        files.add(file(period, "ALLEGATO_A", allegatoTitle, "XLSX",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", allegato + "xlsx"));
        files.add(file(period, "ALLEGATO_A", allegatoTitle, "ODS", OpenDataFormat.ODS.mediaType(), allegato + "ods"));
        files.add(file(period, "ALLEGATO_A", allegatoTitle, "CSV", "text/csv", allegato + "csv"));
        if (period.isFinal()) {
            String relazione = "/api/v1/periods/" + period.periodId() + "/relazione?format=";
            String title = "Relazione sulla performance " + period.planYear();
            files.add(file(period, "RELAZIONE", title, "PDF", "application/pdf", relazione + "pdf"));
            files.add(file(period, "RELAZIONE", title, "DOCX",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", relazione + "docx"));
        }
        for (OpenDataFormat format : OpenDataFormat.values()) {
            files.add(file(period, "OPEN_DATA", DcatCatalog.datasetTitle(period), format.name(), format.mediaType(),
                    format.path(period.periodId())));
        }
        return new PublishedPeriodView(period.periodId(), period.kind(), period.referenceDate(), period.label(),
                period.published(), period.modified(), files);
    }

    private static FileView file(PublishedPeriod period, String group, String title, String format, String mediaType,
            String url) {
        return new FileView(group, title, format, mediaType, url, period.published(), period.modified());
    }
}
