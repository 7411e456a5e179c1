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

    CountService(CurrentActor actor, AuditTrail audit) {
        this.actor = actor;
        this.audit = audit;
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
        Figures figures = new Figures(indicators);
        List<FieldError> errors = figures.validate(List.of(row), false);
        requirePermission(indicators, List.of(row));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Applied applied = apply(figures, row);
        return new CountPosted(applied.outcome(), CountResponse.of(applied.count()));
    }

    public BatchResult batch(List<CountBatchRequest.Row> rows) {
        Map<Long, Indicator> indicators = indicators(rows);
        Figures figures = new Figures(indicators);
        List<FieldError> errors = figures.validate(rows, true);
        requirePermission(indicators, rows);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CountBatchRequest.Row row : rows) {
            switch (apply(figures, row).outcome()) {
                case "CREATED" -> created++;
                case "UPDATED" -> updated++;
                default -> unchanged++;
            }
        }
        return new BatchResult(created, updated, unchanged);
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

    private record Applied(String outcome, IndicatorCount count) {
    }

    private Applied apply(Figures figures, CountBatchRequest.Row row) {
        Indicator indicator = figures.indicators.get(row.indicatorId());
        TerritorialUnit unit = row.territorialUnit() == null ? null : figures.unit(indicator, row.territorialUnit());
        IndicatorCount existing = figures.existing(indicator).stream()
                .filter(c -> c.component == row.component() && c.spanStart.equals(row.from()) && c.spanEnd.equals(row.to())
                        && Objects.equals(c.territorialUnit == null ? null : c.territorialUnit.id, unit == null ? null : unit.id))
                .findFirst().orElse(null);
        if (existing == null) {
            IndicatorCount count = new IndicatorCount();
            count.indicator = indicator;
            count.component = row.component();
            count.spanStart = row.from();
            count.spanEnd = row.to();
            count.territorialUnit = unit;
            count.value = row.value();
            count.updatedBy = actor.name();
            count.persist();
            figures.existing(indicator).add(count);
            audit.created(count);
            return new Applied("CREATED", count);
        }
        if (existing.value.compareTo(row.value()) == 0) {
            return new Applied("UNCHANGED", existing);
        }
        Snapshot before = Snapshot.of(existing);
        existing.value = row.value();
        existing.updatedBy = actor.name();
        IndicatorCount.flush();
        audit.updated(existing, before);
        return new Applied("UPDATED", existing);
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

    /** The indicators of a request with their counts and the territorial units of their organisations. */
    private static final class Figures {

        private final Map<Long, Indicator> indicators;
        private final Map<Long, List<IndicatorCount>> counts = new HashMap<>();
        private final Map<String, TerritorialUnit> units = new HashMap<>();

        Figures(Map<Long, Indicator> indicators) {
            this.indicators = indicators;
        }

        List<IndicatorCount> existing(Indicator indicator) {
            return counts.computeIfAbsent(indicator.id, id -> new ArrayList<>(IndicatorCount
                    .<IndicatorCount>list("select c from IndicatorCount c left join fetch c.territorialUnit where c.indicator = ?1",
                            indicator)));
        }

        TerritorialUnit unit(Indicator indicator, String code) {
            long organisation = indicator.objective.plan.organisation.id;
            return units.computeIfAbsent(organisation + ":" + code, key -> TerritorialUnit
                    .<TerritorialUnit>find("organisation.id = ?1 and code = ?2", organisation, code).firstResult());
        }

        List<FieldError> validate(List<CountBatchRequest.Row> rows, boolean batch) {
            List<FieldError> errors = new ArrayList<>();
            Map<Long, List<Span>> accepted = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                CountBatchRequest.Row row = rows.get(i);
                String at = batch ? "rows[" + i + "]." : "";
                Integer index = batch ? i : null;
                Indicator indicator = indicators.get(row.indicatorId());
                if (indicator == null) {
                    errors.add(new FieldError(at + "indicatorId", "indicatore sconosciuto: " + row.indicatorId(), index));
                    continue;
                }
                String problem = rowProblem(indicator, row);
                if (problem != null) {
                    errors.add(new FieldError(at + problem.substring(0, problem.indexOf(':')),
                            problem.substring(problem.indexOf(':') + 2), index));
                    continue;
                }
                Span span = new Span(row.component().name(), row.from(), row.to(), row.territorialUnit());
                List<Span> known = accepted.computeIfAbsent(indicator.id, id -> spansOf(existing(indicator)));
                Span clash = known.stream().filter(span::countsTwiceWith).findFirst().orElse(null);
                if (clash != null) {
                    errors.add(new FieldError(at + "from", "il periodo " + row.from() + " – " + row.to()
                            + " si sovrappone a " + clash.from() + " – " + clash.to()
                            + (clash.unit() == null ? " (totale)" : " (" + clash.unit() + ")")
                            + ": gli stessi giorni sarebbero contati due volte", index));
                    continue;
                }
                if (known.stream().noneMatch(span::sameKey)) {
                    known.add(span);
                }
            }
            errors.addAll(zeroDenominators(rows, batch));
            return errors;
        }

        private String rowProblem(Indicator indicator, CountBatchRequest.Row row) {
            if (indicator.kind != IndicatorKind.RATIO && indicator.kind != IndicatorKind.RATIO_PLANNED) {
                return "indicatorId: l'indicatore non è un rapporto e non riceve conteggi";
            }
            if (indicator.kind == IndicatorKind.RATIO_PLANNED && row.component() == CountComponent.DENOMINATOR) {
                return "component: il denominatore è la quantità prevista dell'indicatore, non si conta";
            }
            if (row.to().isBefore(row.from())) {
                return "to: non può precedere from";
            }
            int year = indicator.objective.plan.year;
            if (row.from().getYear() != year) {
                return "from: fuori dall'anno del piano (" + year + ")";
            }
            if (row.to().getYear() != year) {
                return "to: fuori dall'anno del piano (" + year + ")";
            }
            if (row.territorialUnit() != null && unit(indicator, row.territorialUnit()) == null) {
                return "territorialUnit: settore territoriale sconosciuto: " + row.territorialUnit();
            }
            return null;
        }

        /** A ratio divides by its denominator: refused when the figures would leave it at zero under a numerator. */
        private List<FieldError> zeroDenominators(List<CountBatchRequest.Row> rows, boolean batch) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                CountBatchRequest.Row row = rows.get(i);
                Indicator indicator = indicators.get(row.indicatorId());
                if (indicator == null || row.component() != CountComponent.DENOMINATOR || row.value().signum() != 0
                        || indicator.kind != IndicatorKind.RATIO) {
                    continue;
                }
                boolean positiveElsewhere = existing(indicator).stream()
                        .anyMatch(c -> c.component == CountComponent.DENOMINATOR && c.value.signum() > 0
                                && !(c.spanStart.equals(row.from()) && c.spanEnd.equals(row.to())))
                        || rows.stream().anyMatch(r -> r != row && Objects.equals(r.indicatorId(), row.indicatorId())
                                && r.component() == CountComponent.DENOMINATOR && r.value().signum() > 0);
                if (!positiveElsewhere) {
                    errors.add(new FieldError((batch ? "rows[" + i + "]." : "") + "value",
                            "un denominatore zero renderebbe il rapporto una divisione per zero", batch ? i : null));
                }
            }
            return errors;
        }

        private static List<Span> spansOf(List<IndicatorCount> counts) {
            List<Span> spans = new ArrayList<>();
            for (IndicatorCount c : counts) {
                spans.add(new Span(c.component.name(), c.spanStart, c.spanEnd,
                        c.territorialUnit == null ? null : c.territorialUnit.code));
            }
            return spans;
        }
    }

}
