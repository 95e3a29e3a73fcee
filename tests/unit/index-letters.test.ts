// The index of people as a Swedish register has it: by surname, under the surname's first letter, Swedish letters
// as they are, accented ones under their letter, others last; the names themselves shown first name first.
import { describe, expect, it } from 'vitest';
import { collateBySurname, surname } from '../../src/util/collate.js';
import { byLetter } from '../../src/render/view-lists.js';

describe('surname', () => {
  it.each([
    ['Leif Redestig', 'Redestig'],
    ['Nils-Erik Lund', 'Lund'],
    ['Anna von Sydow', 'Sydow'],
    ['Ann  Berg-Larsson ', 'Berg-Larsson'],
    ['L. R.', 'R.'],
    ['Robban', 'Robban'],
  ])('%s is sorted as %s', (name, expected) => {
    expect(surname(name)).toBe(expected);
  });
});

describe('byLetter', () => {
  it('puts people under the first letter of their surnames A to Ö in Swedish order, É under E and names without a letter last', () => {
    const names = ['Örjan Öberg', 'Åsa Ek', 'Erik Zola', 'Anna Émile', 'Erik Ek', 'Lind ärla', 'Grupp 3D', 'Anna Berg', 'Carl Ängström', 'L. R.', 'Åke Malmén', 'Bo Andersson'];
    const entries = names.sort(collateBySurname).map((name) => ({ url: '/', name, meetingCount: 0 }));
    expect(byLetter(entries).map((l) => [l.letter, l.anchor, l.people.map((p) => p.name)])).toEqual([
      ['A', 'bokstav-a', ['Bo Andersson']],
      ['B', 'bokstav-b', ['Anna Berg']],
      ['E', 'bokstav-e', ['Erik Ek', 'Åsa Ek', 'Anna Émile']],
      ['M', 'bokstav-m', ['Åke Malmén']],
      ['R', 'bokstav-r', ['L. R.']],
      ['Z', 'bokstav-z', ['Erik Zola']],
      ['Ä', 'bokstav-ä', ['Carl Ängström', 'Lind ärla']],
      ['Ö', 'bokstav-ö', ['Örjan Öberg']],
      ['#', 'bokstav-ovriga', ['Grupp 3D']],
    ]);
  });
});
