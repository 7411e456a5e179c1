package it.perfmon.allegato.imports.service;

import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.model.ImportReport;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.ProblemException;
import it.perfmon.plan.service.PlanWriters;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Imports an Allegato A into the plan of its organisation (the importer's own) and year, all or nothing in one transaction, each
 * change recorded in the audit trail like any other write; a dry run compares only and writes nothing.
 */
@ApplicationScoped
@Transactional
public class AllegatoImportService {

    private final AuditTrail audit;
    private final CurrentActor actor;
    private final PlanWriters writers;

    AllegatoImportService(AuditTrail audit, CurrentActor actor, PlanWriters writers) {
        this.audit = audit;
        this.actor = actor;
        this.writers = writers;
    }

    /** The report, and whether the import created the plan (the answer is then 201). */
    public record Outcome(ImportReport report, boolean createdPlan) {
    }

    public Outcome importPlan(PlanDraft draft, AllegatoReader.Format format, boolean dryRun) {
        // The plan goes into the caller's organisation, never another's: the file's title must name it.
        String own = actor.actor().map(a -> a.organisationCode()).orElse(null);
        if (!draft.organisationCode().equals(own)) {
            throw ProblemException.invalid("file", "il titolo del file nomina l'organizzazione "
                    + draft.organisationCode() + ": si importa solo un piano della propria organizzazione (" + own + ")");
        }
        Reconciliation reconciliation = Reconciliation.plan(draft, audit, writers, actor.name());
        if (!dryRun) {
            reconciliation.apply();
        }
        return new Outcome(reconciliation.report(format.name(), dryRun), !dryRun && reconciliation.createsPlan());
    }
}
