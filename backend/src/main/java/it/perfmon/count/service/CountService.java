package it.perfmon.count.service;

import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.count.rest.BatchResult;
import it.perfmon.count.rest.CountBatchRequest;
import it.perfmon.count.rest.CountPosted;
import it.perfmon.count.rest.CountResponse;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Posting counts: every figure is checked against the indicator, the plan's year, the territorial units and
 * the figures already counted, and only when all are valid is anything written, in one transaction.
 */
@ApplicationScoped
@Transactional
public class CountService {

    private final CurrentActor actor;
    private final AuditTrail audit;
    private final CountWriter writer;

    CountService(CurrentActor actor, AuditTrail audit, CountWriter writer) {
        this.actor = actor;
        this.audit = audit;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CountResponse> list(long indicatorId, PageRequest page) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("L'indicatore", indicatorId));
        return Page.of(IndicatorCount.<IndicatorCount>find("indicator", Sort.ascending("spanStart", "component", "id"),
                indicator).list().stream().map(CountResponse::of).toList(), page);
    }

    public CountPosted post(long indicatorId, CountBatchRequest.Row row) {
        Map<Long, Indicator> indicators = indicators(List.of(row));
        if (!indicators.containsKey(indicatorId)) {
            throw ProblemException.notFound("L'indicatore", indicatorId);
        }
        Figures figures = Figures.of(indicators, List.of(row));
        List<FieldError> errors = figures.validate(List.of(row), false);
        requirePermission(indicators, List.of(row));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        IndicatorCount existing = figures.existing(figures.indicators.get(indicatorId), row);
        if (existing == null) {
            IndicatorCount count = newCount(figures, row);
            count.persist();
            audit.created(count);
            return new CountPosted("CREATED", CountResponse.of(count));
        }
        boolean changed = update(existing, row);
        // The answer shows the figure's new version and time, which Hibernate sets when it writes.
        IndicatorCount.flush();
        return new CountPosted(changed ? "UPDATED" : "UNCHANGED", CountResponse.of(existing));
    }

    /**
     * New figures are written with JDBC batches, and their audit records too: a batch of a thousand rows is a
     * handful of round trips instead of two thousand.
     */
    public BatchResult batch(List<CountBatchRequest.Row> rows) {
        Map<Long, Indicator> indicators = indicators(rows);
        Figures figures = Figures.of(indicators, rows);
        List<FieldError> errors = figures.validate(rows, true);
        requirePermission(indicators, rows);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<IndicatorCount> created = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (CountBatchRequest.Row row : rows) {
            IndicatorCount existing = figures.existing(figures.indicators.get(row.indicatorId()), row);
            if (existing == null) {
                IndicatorCount count = newCount(figures, row);
                created.add(count);
                figures.remember(count);
            } else if (existing.id == null) {
                // Posted twice in this very batch: the last figure wins, recorded once when written.
                existing.value = row.value();
                updated++;
            } else if (update(existing, row)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        writer.insert(created);
        audit.createdAll(created);
        return new BatchResult(created.size(), updated, unchanged);
    }

    private IndicatorCount newCount(Figures figures, CountBatchRequest.Row row) {
        Indicator indicator = figures.indicators.get(row.indicatorId());
        IndicatorCount count = new IndicatorCount();
        count.indicator = indicator;
        count.component = row.component();
        count.spanStart = row.from();
        count.spanEnd = row.to();
        count.territorialUnit = row.territorialUnit() == null ? null : figures.unit(indicator, row.territorialUnit());
        count.value = row.value();
        count.updatedBy = actor.name();
        return count;
    }

    /** True when the figure changed. */
    private boolean update(IndicatorCount existing, CountBatchRequest.Row row) {
        if (existing.value.compareTo(row.value()) == 0) {
            return false;
        }
        Snapshot before = Snapshot.of(existing);
        existing.value = row.value();
        existing.updatedBy = actor.name();
        audit.updated(existing, before);
        return true;
    }

    private void requirePermission(Map<Long, Indicator> indicators, List<CountBatchRequest.Row> rows) {
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = indicators.get(rows.get(i).indicatorId());
            if (indicator != null && !actor.mayPostCounts(indicator.id, indicator.objective.responsibleStructure.id)) {
                refused.add(new FieldError("rows[" + i + "].indicatorId",
                        "non autorizzato a inviare conteggi per l'indicatore " + indicator.id, i));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(403, "urn:perfmon:problem:forbidden", "Operazione non consentita",
                    "L'utente o il token non può inviare conteggi per questi indicatori", refused);
        }
    }

    private static Map<Long, Indicator> indicators(List<CountBatchRequest.Row> rows) {
        List<Long> ids = rows.stream().map(CountBatchRequest.Row::indicatorId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Indicator> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Indicator.<Indicator>list("select i from Indicator i join fetch i.objective o join fetch o.plan p "
                    + "join fetch o.responsibleStructure where i.id in ?1", ids).forEach(i -> found.put(i.id, i));
        }
        return found;
    }
}
