package it.perfmon.count.service;

import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.count.IndicatorCount;
import it.perfmon.count.service.PostedCount.Outcome;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * Posting counts: every figure is checked against the indicator, the plan's year, the territorial units and
 * the figures already counted, and only when all are valid is anything written, in one transaction. Writers of the
 * same indicator take its row lock first and so run one after the other.
 */
@ApplicationScoped
@Transactional
public class CountService {

    private final CurrentActor actor;
    private final AuditTrail audit;
    private final CountWriter writer;
    private final EntityManager em;

    private final PlanVisibility visibility;

    @Inject
    CountMetrics metrics;

    CountService(CurrentActor actor, AuditTrail audit, CountWriter writer, EntityManager em,
            PlanVisibility visibility) {
        this.visibility = visibility;
        this.actor = actor;
        this.audit = audit;
        this.writer = writer;
        this.em = em;
    }

    /**
     * Only the indicators of the caller's organisation: a row naming another organisation's indicator is refused as
     * one naming an unknown indicator, so that a batch reveals nothing of other organisations.
     */
    private Map<Long, IndicatorFacts> ofOwnOrganisation(Map<Long, IndicatorFacts> found) {
        Long organisation = actor.organisationId();
        found.values().removeIf(f -> organisation == null || f.organisationId() != organisation);
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorCount> list(long indicatorId, PageRequest page) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("L'indicatore", indicatorId));
        visibility.require(indicator.objective.plan, "L'indicatore", indicatorId);
        return Page.of(IndicatorCount.<IndicatorCount>find("indicator", Sort.ascending("spanStart", "component", "id"),
                indicator).list(), page);
    }

    public PostedCount post(long indicatorId, PostCount row) {
        // The lock first: under REPEATABLE READ every read after it sees what the lock's previous holder committed.
        Figures.lockIndicators(em, List.of(row));
        Indicator target = Indicator.<Indicator>findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("L'indicatore", indicatorId));
        visibility.require(target.objective.plan, "L'indicatore", indicatorId);
        Map<Long, IndicatorFacts> indicators = ofOwnOrganisation(Figures.indicators(em, List.of(row)));
        if (!indicators.containsKey(indicatorId)) {
            throw ProblemException.notFound("L'indicatore", indicatorId);
        }
        Figures figures = Figures.of(em, indicators, List.of(row));
        List<FieldError> errors = figures.validate(List.of(row), false);
        requirePermission(indicators, List.of(row));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Figures.Existing existing = figures.existing(row);
        if (existing == null) {
            IndicatorCount count = new IndicatorCount();
            count.indicator = Indicator.findById(indicatorId);
            count.component = row.component();
            count.spanStart = row.from();
            count.spanEnd = row.to();
            count.territorialUnit = row.territorialUnit() == null ? null
                    : TerritorialUnit.findById(figures.unit(indicators.get(indicatorId), row.territorialUnit()));
            count.value = row.value();
            count.updatedBy = actor.name();
            count.persist();
            audit.created(count);
            return metrics.recorded(new PostedCount(Outcome.CREATED, count));
        }
        IndicatorCount count = IndicatorCount.findById(existing.id());
        boolean changed = update(count, row);
        // The answer shows the figure's new version and time, which Hibernate sets when it writes, and its unit.
        IndicatorCount.flush();
        Hibernate.initialize(count.territorialUnit);
        return metrics.recorded(new PostedCount(changed ? Outcome.UPDATED : Outcome.UNCHANGED, count));
    }

    /**
     * New figures are written with JDBC batches and recorded as one audit event: a batch of a thousand rows is a
     * handful of round trips and a thousand rows written. Figures already stored are loaded as entities only when
     * the batch changes them.
     */
    public BatchOutcome batch(List<PostCount> rows) {
        Figures.lockIndicators(em, rows);
        Map<Long, IndicatorFacts> indicators = ofOwnOrganisation(Figures.indicators(em, rows));
        Figures figures = Figures.of(em, indicators, rows);
        List<FieldError> errors = figures.validate(rows, true);
        requirePermission(indicators, rows);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<Figures.Key, NewFigure> created = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        Map<Long, BigDecimal> changedTo = new HashMap<>();
        int updated = 0;
        int unchanged = 0;
        for (PostCount row : rows) {
            Figures.Key key = Figures.Key.of(row);
            NewFigure pending = created.get(key);
            Figures.Existing existing = pending == null ? figures.existing(row) : null;
            if (pending != null) {
                // Posted twice in this very batch: the last figure wins, recorded once when written.
                pending.value = row.value();
                updated++;
            } else if (existing == null) {
                IndicatorFacts indicator = indicators.get(row.indicatorId());
                created.put(key, new NewFigure(indicator.id(), row.component(), row.from(), row.to(),
                        row.territorialUnit() == null ? null : figures.unit(indicator, row.territorialUnit()),
                        row.value()));
            } else if (changedTo.getOrDefault(existing.id(), existing.value()).compareTo(row.value()) == 0) {
                unchanged++;
            } else {
                changedTo.put(existing.id(), row.value());
                changes.add(new Change(existing.id(), row));
                updated++;
            }
        }
        writeFigures(created.values(), changes, indicators);
        return metrics.recorded(new BatchOutcome(created.size(), updated, unchanged));
    }

    /** A figure already stored that a row of the batch changes. */
    private record Change(long countId, PostCount row) {
    }

    /**
     * Where a valid batch's figures are written, in its transaction: the figures it changes as entities, each change
     * audited, then the new ones in one JDBC batch under one audit event. Nothing is written before this.
     */
    private void writeFigures(Collection<NewFigure> created, List<Change> changes, Map<Long, IndicatorFacts> indicators) {
        Map<Long, IndicatorCount> changing = new HashMap<>();
        for (Change change : changes) {
            update(changing.computeIfAbsent(change.countId(), id -> IndicatorCount.findById(id)), change.row());
        }
        if (!created.isEmpty()) {
            // The new figures' plans are named, so that their data versions move (the changed ones move theirs
            // through their own audit entries).
            writer.insert(created, actor.name(), audit.createdInBatch(AuditTrail.TYPES.get("IndicatorCount"),
                    created.stream().map(figure -> indicators.get(figure.indicatorId).planId()).distinct().toList()));
        }
    }

    /** True when the figure changed. */
    private boolean update(IndicatorCount existing, PostCount row) {
        if (existing.value.compareTo(row.value()) == 0) {
            return false;
        }
        Snapshot before = Snapshot.of(existing);
        existing.value = row.value();
        existing.updatedBy = actor.name();
        audit.updated(existing, before);
        return true;
    }

    private void requirePermission(Map<Long, IndicatorFacts> indicators, List<PostCount> rows) {
        List<FieldError> refused = new ArrayList<>();
        // Asked once per indicator, not once per row: a batch names a few indicators a thousand times.
        Map<Long, Boolean> mayPost = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorFacts indicator = indicators.get(rows.get(i).indicatorId());
            if (indicator != null && !mayPost.computeIfAbsent(indicator.id(),
                    id -> actor.mayPostCounts(id, indicator.structureId()))) {
                refused.add(new FieldError("rows[" + i + "].indicatorId",
                        "non autorizzato a inviare conteggi per l'indicatore " + indicator.id(), i));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(403, ProblemType.FORBIDDEN, "Operazione non consentita",
                    "L'utente o il token non può inviare conteggi per questi indicatori", refused);
        }
    }
}
