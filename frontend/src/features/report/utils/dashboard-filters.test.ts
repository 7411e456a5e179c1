import { describe, expect, it } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import {
  achievementOf,
  applyFilters,
  countLatePhases,
  filterOptions,
  indicatorsOf,
  readFilters,
  splitProgrammingLinks,
  summarise,
  writeFilters,
} from '@/features/report/utils/dashboard-filters';

const areas = report2021.areas ?? [];
const codes = (filtered: typeof areas) => filtered.flatMap((a) => (a.objectives ?? []).map((o) => o.code));

describe('dashboard filters in the address', () => {
  it('shouldReadTheFiltersFromTheQuery', () => {
    expect(readFilters(new URLSearchParams('ambito=2&struttura=RPCT&programmazione=Progetto+DEFR+n.+11'))).toEqual({
      area: 2,
      structure: 'RPCT',
      programmingLink: 'Progetto DEFR n. 11',
    });
  });

  it('shouldIgnoreAnAreaThatIsNotANumber', () => {
    expect(readFilters(new URLSearchParams('ambito=x')).area).toBeUndefined();
  });

  it('shouldWriteOnlyTheFiltersSetAndKeepOtherParameters', () => {
    const params = writeFilters(new URLSearchParams('ambito=1&other=yes'), { structure: 'RPCT' });
    expect(params.toString()).toBe('other=yes&struttura=RPCT');
  });
});

describe('applyFilters', () => {
  it('shouldKeepEveryObjectiveWithoutFilters', () => {
    expect(codes(applyFilters(areas, {}))).toHaveLength(15);
  });

  it('shouldKeepOnlyTheRpctObjective', () => {
    expect(codes(applyFilters(areas, { structure: 'RPCT' }))).toEqual(['4.4']);
  });

  it('shouldKeepOnlyTheObjectivesOfArea3', () => {
    expect(codes(applyFilters(areas, { area: 3 }))).toEqual(['3.1', '3.2']);
  });

  it('shouldMatchOneActAmongSeveralCitedByAnObjective', () => {
    expect(codes(applyFilters(areas, { programmingLink: 'Programma di Governo 2020-2025' }))).toEqual(['1.5']);
  });

  it('shouldDropAreasLeftWithoutObjectives', () => {
    expect(applyFilters(areas, { structure: 'RPCT' }).map((a) => a.number)).toEqual([4]);
  });
});

describe('filterOptions', () => {
  it('shouldOfferTheAreasStructuresAndActsOfThePlan', () => {
    const options = filterOptions(report2021);
    expect(options.areas.map((a) => a.value)).toEqual([1, 2, 3, 4]);
    expect(options.structures.map((s) => s.value)).toEqual(['DIREZIONE', 'RPCT']);
    expect(options.programmingLinks).toContain('Progetto DEFR n. 11');
    expect(options.programmingLinks).toContain('Programma di Governo 2020-2025');
  });

  it('shouldSplitActsOnSemicolons', () => {
    expect(splitProgrammingLinks('Progetto DEFR n. 11; Programma di Governo 2020-2025')).toEqual([
      'Progetto DEFR n. 11',
      'Programma di Governo 2020-2025',
    ]);
    expect(splitProgrammingLinks(null)).toEqual([]);
  });
});

describe('summarise', () => {
  it('shouldCountTheIndicatorsPerStepAsTheBackendDoes', () => {
    const counts = summarise(indicatorsOf(areas));
    expect(counts.map((c) => [c.step, c.indicators])).toEqual(
      (report2021.assessmentSummary ?? []).map((c) => [c.step, c.indicators]),
    );
  });
});

describe('achievementOf', () => {
  it('shouldCapTheRemoteInterviewsAt100', () => {
    const indicator = indicatorsOf(areas).find((i) => i.computedValue === 188.935)!;
    expect(achievementOf(indicator)).toBe(100);
  });

  it('shouldBeNullWithoutAValue', () => {
    expect(achievementOf({ valueUsed: undefined, targetValue: 100 })).toBeNull();
  });

  it('shouldMeasureAgainstTheTarget', () => {
    expect(achievementOf({ valueUsed: 45, targetValue: 90 })).toBe(50);
  });
});

describe('what needs attention', () => {
  it('shouldReadAndWriteTheAssessmentAndLatePhasesFilters', () => {
    expect(readFilters(new URLSearchParams('valutazione=5&fasi=in-ritardo'))).toEqual({ assessment: 5, latePhases: true });
    expect(readFilters(new URLSearchParams('valutazione=nessuna')).assessment).toBe('none');
    expect(readFilters(new URLSearchParams('valutazione=9&fasi=tutte'))).toEqual({});
    expect(writeFilters(new URLSearchParams(), { assessment: 'none', latePhases: true }).toString()).toBe(
      'valutazione=nessuna&fasi=in-ritardo',
    );
  });

  it('shouldKeepTheObjectivesWithAnIndicatorAtTheChosenStep', () => {
    expect(codes(applyFilters(areas, { assessment: 5 }))).toEqual(['1.6', '2.2']);
    expect(codes(applyFilters(areas, { assessment: 1 }))).toEqual(['1.5', '1.7']);
    expect(codes(applyFilters(areas, { assessment: 'none' }))).toEqual([]);
  });

  it('shouldKeepTheObjectivesWithLatePhases', () => {
    expect(codes(applyFilters(areas, { latePhases: true }))).toEqual(['2.2']);
    expect(countLatePhases(areas)).toEqual({ phases: 1, objectives: 1 });
  });
});
