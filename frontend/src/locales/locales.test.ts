import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import italian from '@/locales/it.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('shouldHaveEveryItalianStringInEnglishToo', () => {
    expect(keys(en).sort()).toEqual(keys(italian).sort());
  });

  it('shouldLeaveNoStringEmpty', () => {
    const empty = [italian, en].flatMap((tree) => keys(tree).filter((key) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) === ''));
    expect(empty).toEqual([]);
  });
});
