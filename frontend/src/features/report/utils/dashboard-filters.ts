import type { AssessmentCount, PlanReport, ReportArea, ReportIndicator, ReportObjective } from '@/types/api';
import { shownValue } from '@/features/report/utils/indicator-value';

/** The dashboard's filters, as kept in the address so that a filtered view can be shared. */
export type DashboardFilters = {
  area?: number;
  structure?: string;
  programmingLink?: string;
  /** Objectives with at least one indicator at this assessment step, or with one not assessed ('none'). */
  assessment?: AssessmentFilter;
  /** Objectives with at least one phase past its planned end and not concluded. */
  latePhases?: boolean;
};

export type AssessmentFilter = 1 | 2 | 3 | 4 | 5 | 'none';

const KEYS = {
  area: 'ambito',
  structure: 'struttura',
  programmingLink: 'programmazione',
  assessment: 'valutazione',
  latePhases: 'fasi',
} as const;
const NOT_ASSESSED = 'nessuna';
const LATE = 'in-ritardo';

function readAssessment(value: string | null): AssessmentFilter | undefined {
  if (value === NOT_ASSESSED) return 'none';
  const step = Number(value);
  return value && [1, 2, 3, 4, 5].includes(step) ? (step as AssessmentFilter) : undefined;
}

export function readFilters(params: URLSearchParams): DashboardFilters {
  const area = Number(params.get(KEYS.area));
  return {
    area: Number.isInteger(area) && area > 0 ? area : undefined,
    structure: params.get(KEYS.structure) || undefined,
    programmingLink: params.get(KEYS.programmingLink) || undefined,
    assessment: readAssessment(params.get(KEYS.assessment)),
    latePhases: params.get(KEYS.latePhases) === LATE || undefined,
  };
}

/** Returns the search params with the filters applied, keeping any other parameter. */
export function writeFilters(params: URLSearchParams, filters: DashboardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof DashboardFilters, string | undefined> = {
    area: filters.area?.toString(),
    structure: filters.structure,
    programmingLink: filters.programmingLink,
    assessment: filters.assessment === 'none' ? NOT_ASSESSED : filters.assessment?.toString(),
    latePhases: filters.latePhases ? LATE : undefined,
  };
  for (const key of Object.keys(KEYS) as (keyof DashboardFilters)[]) {
    const value = values[key];
    if (value) next.set(KEYS[key], value);
    else next.delete(KEYS[key]);
  }
  return next;
}

export function hasFilters(filters: DashboardFilters): boolean {
  return (
    filters.area != null ||
    filters.structure != null ||
    filters.programmingLink != null ||
    filters.assessment != null ||
    filters.latePhases === true
  );
}

function matchesAssessment(objective: ReportObjective, assessment: AssessmentFilter | undefined): boolean {
  if (assessment == null) return true;
  return (objective.indicators ?? []).some((indicator) =>
    assessment === 'none' ? indicator.assessment?.step == null : indicator.assessment?.step === assessment,
  );
}

export function hasLatePhases(objective: ReportObjective): boolean {
  return (objective.phases ?? []).some((phase) => phase.status === 'LATE');
}

/** How many phases are late in the areas shown, and in how many objectives. */
export function countLatePhases(areas: ReportArea[]): { phases: number; objectives: number } {
  const objectives = areas.flatMap((area) => area.objectives ?? []);
  return {
    phases: objectives.reduce((sum, objective) => sum + (objective.phases ?? []).filter((p) => p.status === 'LATE').length, 0),
    objectives: objectives.filter(hasLatePhases).length,
  };
}

/** An objective may cite several acts of regional programming, separated by semicolons. */
export function splitProgrammingLinks(link: string | null | undefined): string[] {
  return (link ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

export type FilterOptions = {
  areas: { value: number; label: string }[];
  structures: { value: string; label: string }[];
  programmingLinks: string[];
};

export function filterOptions(report: PlanReport): FilterOptions {
  const structures = new Map<string, string>();
  const links = new Set<string>();
  for (const area of report.areas ?? []) {
    for (const objective of area.objectives ?? []) {
      const structure = objective.responsibleStructure;
      if (structure?.code) structures.set(structure.code, structure.name ?? structure.code);
      splitProgrammingLinks(objective.programmingLink).forEach((link) => links.add(link));
    }
  }
  return {
    areas: (report.areas ?? []).map((area) => ({ value: area.number ?? 0, label: `${area.number} ${area.title}` })),
    structures: [...structures].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'it')),
    programmingLinks: [...links].sort((a, b) => a.localeCompare(b, 'it')),
  };
}

/** The areas holding at least one objective that passes every filter, with only those objectives. */
export function applyFilters(areas: ReportArea[], filters: DashboardFilters): ReportArea[] {
  return areas
    .filter((area) => filters.area == null || area.number === filters.area)
    .map((area) => ({
      ...area,
      objectives: (area.objectives ?? []).filter(
        (objective) =>
          (filters.structure == null || objective.responsibleStructure?.code === filters.structure) &&
          (filters.programmingLink == null ||
            splitProgrammingLinks(objective.programmingLink).includes(filters.programmingLink)) &&
          matchesAssessment(objective, filters.assessment) &&
          (!filters.latePhases || hasLatePhases(objective)),
      ),
    }))
    .filter((area) => area.objectives.length > 0);
}

export function indicatorsOf(areas: ReportArea[]): ReportIndicator[] {
  return areas.flatMap((area) => (area.objectives ?? []).flatMap((objective) => objective.indicators ?? []));
}

/** How many of the indicators sit on each assessment step, then how many are not assessed (step null). */
export function summarise(indicators: ReportIndicator[]): AssessmentCount[] {
  const counts = new Map<number | null, number>([
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 0],
    [5, 0],
    [null, 0],
  ]);
  for (const indicator of indicators) {
    const step = indicator.assessment?.step ?? null;
    counts.set(counts.has(step) ? step : null, (counts.get(counts.has(step) ? step : null) ?? 0) + 1);
  }
  return [...counts].map(([step, count]) => ({ step: step as number, indicators: count }));
}

/** How far the value shown has come towards the target, in percent of the target and capped at 100. */
export function achievementOf(indicator: ReportIndicator): number | null {
  const value = shownValue(indicator);
  if (value == null) return null;
  const target = indicator.targetValue;
  const share = target != null && target > 0 ? (value / target) * 100 : value;
  return Math.max(0, Math.min(100, share));
}
