// The index of people by first letter: Swedish letters as they are, accented ones under their letter, others last.
import { describe, expect, it } from 'vitest';
import { collate } from '../../src/util/collate.js';
import { byLetter } from '../../src/render/view-lists.js';

describe('byLetter', () => {
  it('puts names under A to Ö in Swedish order, É under E and names without a letter last', () => {
    const names = ['Örjan Öberg', 'Åsa Ek', 'Émile Zola', 'Erik Ek', 'ärla Lind', '3D-gruppen', 'Anna Berg', 'Ängla Carlsson', 'L. R.'];
    const entries = names.sort(collate).map((name) => ({ url: '/', name, meetingCount: 0 }));
    expect(byLetter(entries).map((l) => [l.letter, l.anchor, l.people.map((p) => p.name)])).toEqual([
      ['A', 'bokstav-a', ['Anna Berg']],
      ['E', 'bokstav-e', ['Émile Zola', 'Erik Ek']],
      ['L', 'bokstav-l', ['L. R.']],
      ['Å', 'bokstav-å', ['Åsa Ek']],
      ['Ä', 'bokstav-ä', ['Ängla Carlsson', 'ärla Lind']],
      ['Ö', 'bokstav-ö', ['Örjan Öberg']],
      ['#', 'bokstav-ovriga', ['3D-gruppen']],
    ]);
  });
});
