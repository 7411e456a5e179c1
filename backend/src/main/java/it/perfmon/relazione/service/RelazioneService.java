package it.perfmon.relazione.service;

import it.perfmon.common.AgencyClock;
import it.perfmon.common.ProblemException;
import it.perfmon.document.PublishedDocument;
import it.perfmon.evidence.Evidence;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Relazione sulla performance of a plan's closed final period. Its figures are the period's frozen report, the
 * one the Allegato A of the period is built from, so the two documents never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RelazioneService {

    private final PeriodService periods;
    private final ReportService reports;
    private final EntityManager em;

    RelazioneService(PeriodService periods, ReportService reports, EntityManager em) {
        this.periods = periods;
        this.reports = reports;
        this.em = em;
    }

    /** What the Relazione is about, for its file name. */
    public record Relazione(PublishedDocument document, int year, String organisationCode) {
    }

    /**
     * 404 for an unknown period (or one of a draft the caller cannot see); 409 unless it is the plan's final period
     * and closed, since only then are the year's figures settled.
     *
     * @param validation the OIV's validation, when recorded
     */
    public Relazione relazione(long periodId, Optional<RelazioneValidation> validation) {
        MonitoringPeriod period = periods.get(periodId);
        if (period.kind != PeriodKind.FINAL) {
            throw ProblemException.conflict("La Relazione sulla performance si redige sul periodo finale: il periodo "
                    + period.label + " è intermedio", "periodId");
        }
        if (period.status != PeriodStatus.CLOSED) {
            throw ProblemException.conflict("La Relazione sulla performance si redige sul periodo finale chiuso: il "
                    + "periodo " + period.label + " è ancora aperto", "periodId");
        }
        PlanReport report = reports.report(period.plan.id, period.id);
        PublishedDocument document = RelazioneDocument.of(report, evidence(period), validation, AgencyClock.ZONE);
        return new Relazione(document, report.plan().year(), report.plan().organisationCode());
    }

    /**
     * The evidence on file when the period closed: the results' of the period, which cannot change while it is
     * closed, and the phases' uploaded before the closing (a phase's later evidence backs a later report).
     */
    private List<RelazioneEvidence> evidence(MonitoringPeriod period) {
        List<RelazioneEvidence> found = new ArrayList<>();
        em.createQuery("""
                select e from Evidence e join fetch e.indicator i join fetch i.objective
                where e.period = :period order by i.position, e.id""", Evidence.class)
                .setParameter("period", period).getResultList()
                .forEach(e -> found.add(entry(e, e.indicator.objective.id, "indicatore " + e.indicator.position)));
        em.createQuery("""
                select e from Evidence e join fetch e.phase p join fetch p.objective o
                where o.plan = :plan and e.createdAt <= :closedAt order by p.number, e.id""", Evidence.class)
                .setParameter("plan", period.plan).setParameter("closedAt", period.closedAt).getResultList()
                .forEach(e -> found.add(entry(e, e.phase.objective.id, "fase " + e.phase.number)));
        return found;
    }

    private static RelazioneEvidence entry(Evidence evidence, long objectiveId, String attachedTo) {
        return new RelazioneEvidence(objectiveId, attachedTo, evidence.fileName, evidence.mediaType,
                evidence.sizeBytes, evidence.sha256);
    }
}
