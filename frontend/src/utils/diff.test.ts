import { describe, expect, it } from 'vitest';
import { diffDrafts } from '@/utils/diff';

const fields = ['partialProgress', 'monitoringNote', 'dataSource'] as const;

describe('diffDrafts', () => {
  const base = { partialProgress: '', monitoringNote: 'Attività avviata', dataSource: 'Direzione' };

  it('shouldListWhatTheOtherPersonChangedAndWhatDiffers', () => {
    const theirs = { ...base, monitoringNote: 'Nota di Bianca' };
    const mine = { ...base, partialProgress: '40', monitoringNote: 'Nota di Anna' };
    expect(diffDrafts(fields, base, theirs, mine)).toEqual([
      { field: 'partialProgress', theirs: '', mine: '40', changedByThem: false },
      { field: 'monitoringNote', theirs: 'Nota di Bianca', mine: 'Nota di Anna', changedByThem: true },
    ]);
  });

  it('shouldListAFieldBothChangedTheSameWay', () => {
    const same = { ...base, dataSource: 'Decreto Arti n.63' };
    expect(diffDrafts(fields, base, same, same)).toEqual([
      { field: 'dataSource', theirs: 'Decreto Arti n.63', mine: 'Decreto Arti n.63', changedByThem: true },
    ]);
  });

  it('shouldListNothingWhenNothingDiffers', () => {
    expect(diffDrafts(fields, base, base, base)).toEqual([]);
  });
});
