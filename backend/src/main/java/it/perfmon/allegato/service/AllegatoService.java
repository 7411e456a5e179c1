package it.perfmon.allegato.service;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.AllegatoTables;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The Allegato A of a plan at a period, built from the report and nothing else, so it always shows what it does. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AllegatoService {

    private final ReportService reports;

    AllegatoService(ReportService reports) {
        this.reports = reports;
    }

    public AllegatoTable table(long planId, Long periodId) {
        try {
            return AllegatoTables.from(reports.report(planId, periodId));
        } catch (ProblemException e) {
            throw asNotFound(e, periodId);
        }
    }

    /**
     * The report calls a period of another plan an invalid parameter; for a document addressed as
     * /plans/{planId}/allegato-a?periodId= it is a document that does not exist.
     */
    private static ProblemException asNotFound(ProblemException e, Long periodId) {
        boolean periodNotInPlan = e.status() == 400 && e.errors().stream().anyMatch(f -> f.field().equals("periodId"));
        if (!periodNotInPlan) {
            return e;
        }
        return new ProblemException(404, ProblemType.NOT_FOUND, "Risorsa non trovata",
                "Il periodo di monitoraggio " + periodId + " non esiste in questo piano", null);
    }
}
