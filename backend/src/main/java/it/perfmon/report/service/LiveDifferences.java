package it.perfmon.report.service;

import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.LiveDifference;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.model.PlanReport.ReportObjective;
import it.perfmon.report.model.PlanReport.ReportPhase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Where a closed period's frozen report and today's live one part: the values people would otherwise misread. */
final class LiveDifferences {

    private static final Map<String, Function<ReportIndicator, Object>> INDICATOR_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<ReportPhase, Object>> PHASE_FIELDS = new LinkedHashMap<>();

    static {
        INDICATOR_FIELDS.put("valueUsed", ReportIndicator::valueUsed);
        INDICATOR_FIELDS.put("computedValue", ReportIndicator::computedValue);
        INDICATOR_FIELDS.put("numerator", ReportIndicator::numerator);
        INDICATOR_FIELDS.put("denominator", ReportIndicator::denominator);
        INDICATOR_FIELDS.put("targetValue", i -> i.target().targetValue());
        PHASE_FIELDS.put("actualEnd", ReportPhase::actualEnd);
        PHASE_FIELDS.put("partialProgress", ReportPhase::partialProgress);
        PHASE_FIELDS.put("weight", ReportPhase::weight);
        PHASE_FIELDS.put("status", ReportPhase::status);
    }

    private LiveDifferences() {
    }

    static List<LiveDifference> between(PlanReport frozen, PlanReport live) {
        Map<Long, Located<ReportIndicator>> frozenIndicators = indicators(frozen);
        Map<Long, Located<ReportPhase>> frozenPhases = phases(frozen);
        List<LiveDifference> differences = new ArrayList<>();
        indicators(live).forEach((id, now) -> compare("indicator", id, now.objectiveCode(),
                now.item().definition().position(), frozenIndicators.get(id), now, INDICATOR_FIELDS, differences));
        phases(live).forEach((id, now) -> compare("phase", id, now.objectiveCode(), now.item().number(),
                frozenPhases.get(id), now, PHASE_FIELDS, differences));
        return differences;
    }

    private static <T> void compare(String type, long id, String objectiveCode, int number, Located<T> then,
            Located<T> now, Map<String, Function<T, Object>> fields, List<LiveDifference> out) {
        fields.forEach((field, getter) -> {
            Object before = then == null ? null : getter.apply(then.item());
            Object after = getter.apply(now.item());
            if (!same(before, after)) {
                out.add(new LiveDifference(type, id, objectiveCode, number, field, text(before), text(after)));
            }
        });
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value == null ? null : value.toString();
    }

    private record Located<T>(String objectiveCode, T item) {
    }

    private static Map<Long, Located<ReportIndicator>> indicators(PlanReport report) {
        Map<Long, Located<ReportIndicator>> found = new LinkedHashMap<>();
        objectives(report).forEach(o -> o.indicators().forEach(i -> found.put(i.id(), new Located<>(o.code(), i))));
        return found;
    }

    private static Map<Long, Located<ReportPhase>> phases(PlanReport report) {
        Map<Long, Located<ReportPhase>> found = new LinkedHashMap<>();
        objectives(report).forEach(o -> o.phases().forEach(p -> found.put(p.id(), new Located<>(o.code(), p))));
        return found;
    }

    private static List<ReportObjective> objectives(PlanReport report) {
        return report.areas().stream().flatMap(a -> a.objectives().stream()).toList();
    }
}
