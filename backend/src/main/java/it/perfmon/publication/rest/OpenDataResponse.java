package it.perfmon.publication.rest;

import it.perfmon.publication.Licence;
import it.perfmon.publication.OpenDataRow;
import it.perfmon.publication.OpenDataset;
import it.perfmon.publication.dcat.DcatCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open data of a closed period as JSON: what they are, their licence, and one row per indicator. */
@Schema(name = "OpenData")
public record OpenDataResponse(
        String title,
        String organisationCode,
        String organisationName,
        int planYear,
        long periodId,
        LocalDate periodReferenceDate,
        String periodLabel,
        Instant published,
        Instant modified,
        PublicationResponse.LicenceView licence,
        List<OpenDataRow> rows) {

    static OpenDataResponse of(OpenDataset dataset, Licence licence) {
        var p = dataset.period();
        return new OpenDataResponse(DcatCatalog.datasetTitle(p), p.organisationCode(), p.organisationName(),
                p.planYear(), p.periodId(), p.referenceDate(), p.label(), p.published(), p.modified(),
                new PublicationResponse.LicenceView(licence.name(), licence.url()), dataset.rows());
    }
}
