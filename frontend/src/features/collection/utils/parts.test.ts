import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import type { Me } from '@/types/api';
import { direzionePart, interimCollection, rpctPart } from '@/testing/fixtures/collection-2021';
import {
  itemName,
  itemReasons,
  outstandingText,
  partsFor,
  problemFieldLabel,
  stateByStructure,
  tally,
  tallyText,
} from '@/features/collection/utils/parts';

const t = initI18n('it').t;
const en = initI18n('en').t;
const admin: Me = { username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] };
const rpctEditor: Me = { username: 'r.bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'] };
const viewer: Me = { username: 'l.neri', kind: 'USER', role: 'VIEWER', structures: [] };

describe('partsFor', () => {
  it('shouldGiveAnEditorTheirOwnStructuresPartsOnly', () => {
    expect(partsFor(rpctEditor, interimCollection).map((part) => part.structureCode)).toEqual(['RPCT']);
  });

  it('shouldGiveAnAdministratorEveryPart', () => {
    expect(partsFor(admin, interimCollection)).toHaveLength(2);
  });

  it('shouldGiveAViewerAndAnAnonymousVisitorNone', () => {
    expect(partsFor(viewer, interimCollection)).toEqual([]);
    expect(partsFor(null, interimCollection)).toEqual([]);
  });
});

describe('tally and stateByStructure', () => {
  it('shouldCountEveryStateEvenWhenNoPartIsInIt', () => {
    expect(tally(interimCollection.parts ?? [])).toEqual({ OPEN: 1, SUBMITTED: 1, RETURNED: 0, ACCEPTED: 0 });
  });

  it('shouldSayTheTallyInWordsWithEachCountsOwnNumber', () => {
    expect(tallyText(t, interimCollection.parts ?? [])).toBe('2 strutture: 1 da compilare, 1 inviata, 0 restituite, 0 accettate.');
    expect(tallyText(en, [rpctPart])).toBe('1 structure: 0 to fill in, 1 submitted, 0 returned, 0 accepted.');
  });

  it('shouldGiveEachStructuresStateByItsId', () => {
    const states = stateByStructure(interimCollection);
    expect(states.get(1)).toBe('OPEN');
    expect(states.get(2)).toBe('SUBMITTED');
    expect(states.get(3)).toBeUndefined();
  });
});

describe('what is missing, in words', () => {
  it('shouldSumUpTheOutstandingCounts', () => {
    expect(outstandingText(t, direzionePart.outstanding)).toBe(
      '1 indicatore da completare, 1 fase da concludere entro la data del periodo, 2 fasi in ritardo',
    );
    expect(outstandingText(t, { indicators: 0, phasesDue: 0, phasesLate: 0 })).toBe('nulla da completare');
    expect(outstandingText(en, rpctPart.outstanding)).toBe('1 indicator to complete');
  });

  it('shouldNameEachItemByItsObjective', () => {
    const [indicator, phase] = direzionePart.items ?? [];
    expect(itemName(t, indicator!)).toBe('Obiettivo 1.3, indicatore 1');
    expect(itemName(t, phase!)).toBe('Obiettivo 1.2, fase 1');
    expect(itemName(en, phase!)).toBe('Objective 1.2, phase 1');
  });

  it('shouldSayWhyEachItemIsAskedWithTheDatesItDependsOn', () => {
    const [indicator, due] = direzionePart.items ?? [];
    expect(itemReasons(t, indicator!, '2021-06-30')).toEqual(['manca la valutazione sintetica']);
    expect(itemReasons(t, due!, '2021-06-30')).toEqual([
      "fine prevista entro il 30/06/2021: indicare la fine effettiva o l'avanzamento",
      'in ritardo: la fine prevista del 30/04/2021 è passata',
    ]);
    expect(itemReasons(t, rpctPart.items![0]!, '2021-06-30')).toEqual([
      'manca il valore conseguito',
      'manca la valutazione sintetica',
    ]);
  });
});

describe('problemFieldLabel', () => {
  it('shouldNameTheFieldsOfTheCycleInWords', () => {
    expect(problemFieldLabel(t, 'correctiveActions')).toBe('Interventi correttivi');
    expect(problemFieldLabel(en, 'deviationExplanation')).toBe('Deviation explanation');
    expect(problemFieldLabel(t, 'state')).toBe('Stato della parte');
  });

  it('shouldKeepThePathOfANestedFieldAndLeaveUnknownFieldsAsNamed', () => {
    expect(problemFieldLabel(t, 'results[3].correctiveActions')).toBe('Interventi correttivi (results[3])');
    expect(problemFieldLabel(t, 'periodId')).toBe('periodId');
  });
});
