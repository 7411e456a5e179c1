package it.perfmon.evidence.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.collection.service.CollectionService;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.evidence.Evidence;
import it.perfmon.evidence.EvidenceType;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorService;
import it.perfmon.objective.Objective;
import it.perfmon.phase.Phase;
import it.perfmon.phase.service.PhaseService;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Evidence attached to results and phases: who may attach, read and remove it, and when it is frozen.
 * <ul>
 * <li>A result's evidence follows its period: attached and removed only while the period is open and, for editors,
 * while their structure's part of the period's collection is with them (as the result itself).</li>
 * <li>A phase belongs to no one period: its evidence is frozen once a period of its plan has been closed after the
 * upload, since the Allegato A published at that closing reported the phase with that evidence on file; evidence
 * uploaded after that closing stays removable until the next one. A phase takes new evidence while its plan has an
 * open period (or none yet).</li>
 * </ul>
 * Closing a period takes its row's exclusive lock; attaching and removing take the shared lock of the periods they
 * depend on, so that an upload or a removal either commits before the period closes or sees it closed.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1000;

    private final IndicatorService indicators;
    private final PeriodService periods;
    private final PhaseService phases;
    private final CollectionService collections;
    private final PlanVisibility visibility;
    private final CurrentActor actor;
    private final EvidenceAccess access;
    private final AuditTrail audit;
    private final ContentDetector detector;
    private final EvidenceContent content;
    private final long maxSize;

    EvidenceService(IndicatorService indicators, PeriodService periods, PhaseService phases,
            CollectionService collections, PlanVisibility visibility, CurrentActor actor, EvidenceAccess access,
            AuditTrail audit, ContentDetector detector, EvidenceContent content, PerfmonConfig config) {
        this.indicators = indicators;
        this.periods = periods;
        this.phases = phases;
        this.collections = collections;
        this.visibility = visibility;
        this.actor = actor;
        this.access = access;
        this.audit = audit;
        this.detector = detector;
        this.content = content;
        this.maxSize = config.evidence().maxSize();
    }

    /** A file received for upload, already on disk: its name as sent, where it is, its size, and what it is about. */
    public record Upload(String fileName, Path file, long size, String description) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Evidence> listForResult(long indicatorId, long periodId, PageRequest page) {
        Indicator indicator = indicators.get(indicatorId);
        MonitoringPeriod period = periodOf(indicator, periodId);
        access.requireRead(indicator.objective.responsibleStructure.id, indicator.objective.code);
        return page("indicator = :indicator and period = :period",
                Parameters.with("indicator", indicator).and("period", period), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Evidence> listForPhase(long phaseId, PageRequest page) {
        Phase phase = phases.get(phaseId);
        access.requireRead(phase.objective.responsibleStructure.id, phase.objective.code);
        return page("phase = :phase", Parameters.with("phase", phase), page);
    }

    /** The evidence, for those who may read it; 404 as for unknown evidence when its plan is a draft they cannot see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence get(long evidenceId) {
        Evidence evidence = Evidence.<Evidence>findByIdOptional(evidenceId)
                .orElseThrow(() -> ProblemException.notFound("L'elemento probatorio", evidenceId));
        Objective objective = objectiveOf(evidence);
        visibility.require(objective.plan, "L'elemento probatorio", evidenceId);
        access.requireRead(objective.responsibleStructure.id, objective.code);
        return evidence;
    }

    public Evidence attachToResult(long indicatorId, long periodId, Upload upload) {
        Indicator indicator = indicators.get(indicatorId);
        MonitoringPeriod period = periodOf(indicator, periodId);
        long structureId = indicator.objective.responsibleStructure.id;
        actor.requireStructure(structureId, indicator.objective.code);
        Evidence evidence = described(upload);
        periods.requireOpen(period, LockModeType.PESSIMISTIC_READ);
        collections.requireEditable(period, structureId);
        evidence.indicator = indicator;
        evidence.period = period;
        return stored(evidence, upload);
    }

    public Evidence attachToPhase(long phaseId, Upload upload) {
        Phase phase = phases.get(phaseId);
        actor.requireStructure(phase.objective.responsibleStructure.id, phase.objective.code);
        Evidence evidence = described(upload);
        List<MonitoringPeriod> planPeriods = lockedPeriods(phase.objective.plan);
        if (!planPeriods.isEmpty() && planPeriods.stream().allMatch(p -> p.status == PeriodStatus.CLOSED)) {
            throw ProblemException.conflict("Tutti i periodi di monitoraggio del piano sono chiusi: la fase non riceve "
                    + "nuovi elementi probativi finché un amministratore non ne riapre uno", "periodId");
        }
        evidence.phase = phase;
        return stored(evidence, upload);
    }

    /** Removes the evidence, content and all, unless its period (or, for a phase, a later closing) has frozen it. */
    public void delete(long evidenceId, String ifMatch) {
        Evidence evidence = Evidence.<Evidence>findByIdOptional(evidenceId)
                .orElseThrow(() -> ProblemException.notFound("L'elemento probatorio", evidenceId));
        Objective objective = objectiveOf(evidence);
        visibility.require(objective.plan, "L'elemento probatorio", evidenceId);
        actor.requireStructure(objective.responsibleStructure.id, objective.code);
        Versions.checkIfPresent(evidence.version, ifMatch);
        if (evidence.period != null) {
            periods.requireOpen(evidence.period, LockModeType.PESSIMISTIC_READ);
            collections.requireEditable(evidence.period, objective.responsibleStructure.id);
        } else {
            lockedPeriods(objective.plan).stream()
                    .filter(p -> p.status == PeriodStatus.CLOSED && p.closedAt != null
                            && !p.closedAt.isBefore(evidence.createdAt))
                    .findFirst()
                    .ifPresent(p -> {
                        throw ProblemException.conflict("Il periodo " + p.label + " è stato chiuso dopo il caricamento "
                                + "di «" + evidence.fileName + "», che documenta la fase nell'Allegato A pubblicato: "
                                + "non si rimuove finché un amministratore non riapre il periodo", "periodId");
                    });
        }
        audit.deleted(evidence);
        // The content goes with it (evidence_content's foreign key cascades), in this transaction.
        evidence.delete();
    }

    /** Metadata of an upload that passed every check but those of the period: name, size, type, digest. */
    private Evidence described(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.invalid("file", "obbligatorio: il file da allegare, nella parte multipart «file»");
        }
        if (upload.size() > maxSize) {
            throw tooLarge(maxSize);
        }
        if (upload.size() == 0) {
            throw ProblemException.invalid("file", "il file è vuoto");
        }
        String name = fileName(upload.fileName());
        String description = Texts.blankToNull(upload.description());
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            throw ProblemException.invalid("description", "al massimo " + MAX_DESCRIPTION + " caratteri");
        }
        EvidenceType type = detector.require(name, upload.file());
        Evidence evidence = new Evidence();
        evidence.fileName = name;
        evidence.mediaType = type.mediaType();
        evidence.sizeBytes = upload.size();
        evidence.sha256 = EvidenceContent.sha256(upload.file());
        evidence.description = description == null ? null : description.strip();
        evidence.uploadedBy = actor.name();
        return evidence;
    }

    /** The metadata, the content and the audit entry, in this one transaction. */
    private Evidence stored(Evidence evidence, Upload upload) {
        evidence.persist();
        Evidence.flush();
        content.store(evidence.id, upload.file());
        audit.created(evidence);
        return evidence;
    }

    private static ProblemException tooLarge(long maxSize) {
        String detail = "Il file supera il limite di " + maxSize + " byte (" + maxSize / (1024 * 1024) + " MiB)";
        return new ProblemException(413, ProblemType.TOO_LARGE, "File troppo grande", detail,
                List.of(new FieldError("file", detail)));
    }

    /**
     * The name to keep and offer on download: its last path segment (browsers may send "C:\fakepath\…"), in Unicode's
     * composed form, without control characters.
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalid("file", "manca il nome del file");
        }
        if (name.length() > MAX_NAME) {
            throw ProblemException.invalid("file", "il nome del file supera " + MAX_NAME + " caratteri");
        }
        return name;
    }

    private Page<Evidence> page(String query, Parameters params, PageRequest page) {
        var found = Evidence.<Evidence>find(query, Sort.ascending("createdAt", "id"), params);
        long total = found.count();
        List<Evidence> items = found.range(page.offset(), page.offset() + page.limit() - 1).list();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    /** The plan's periods, each with its row's shared lock held until the transaction ends. */
    private static List<MonitoringPeriod> lockedPeriods(Plan plan) {
        return MonitoringPeriod.<MonitoringPeriod>find("plan", plan).withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    private MonitoringPeriod periodOf(Indicator indicator, long periodId) {
        MonitoringPeriod period = periods.get(periodId);
        if (!period.plan.id.equals(indicator.objective.plan.id)) {
            throw ProblemException.invalid("periodId", "il periodo " + periodId + " non appartiene al piano dell'indicatore");
        }
        return period;
    }

    private static Objective objectiveOf(Evidence evidence) {
        return Optional.ofNullable(evidence.phase).map(p -> p.objective).orElseGet(() -> evidence.indicator.objective);
    }
}
