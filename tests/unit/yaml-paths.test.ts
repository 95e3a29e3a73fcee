// The YAML paths of the values kept for every file are made once and shared (childPath from rootPath): the same
// keys, however reached, give the same frozen array; a path not made from rootPath gives a new one, as before.
import { describe, expect, it } from 'vitest';
import { childPath, rootPath, type YamlPath } from '../../src/diagnostics.js';
import { extractMinutes } from '../../src/validate/documents.js';

describe('paths made from the root', () => {
  it.each([
    ['a field', () => childPath(rootPath, 'group'), () => childPath(rootPath, 'group'), ['group']],
    ['an item, in one step or two', () => childPath(rootPath, 'attendees', 3), () => childPath(childPath(rootPath, 'attendees'), 3), ['attendees', 3]],
    ['a field of an item', () => childPath(rootPath, 'actions', 0, 'what'), () => childPath(childPath(rootPath, 'actions', 0), 'what'), ['actions', 0, 'what']],
    ['an id', () => childPath(rootPath, 'groups', 'grupp-1'), () => childPath(childPath(rootPath, 'groups'), 'grupp-1'), ['groups', 'grupp-1']],
  ] as const)('%s', (_, one, other, keys) => {
    const path = one();
    expect(path).toEqual(keys);
    expect(other()).toBe(path);
    expect(Object.isFrozen(path)).toBe(true);
  });

  it('a number and its text are different keys', () => {
    expect(childPath(rootPath, 'decisions', 1)).not.toBe(childPath(rootPath, 'decisions', '1'));
    expect(childPath(rootPath, 'decisions', '1')).toEqual(['decisions', '1']);
  });

  it('a path made otherwise is extended into a new array', () => {
    const own: YamlPath = ['attendees'];
    const path = childPath(own, 2);
    expect(path).toEqual(['attendees', 2]);
    expect(path).not.toBe(childPath(own, 2));
    expect(own).toEqual(['attendees']);
  });

  it('two minutes share the paths of their values', () => {
    const data = { group: 'g', date: '2016-02-08', attendees: ['Anna Ek', 'Bo Ek'], actions: [{ who: 'Anna Ek', what: 'Boka rum.' }] };
    const a = extractMinutes('a.md', data, '', 0);
    const b = extractMinutes('b.md', structuredClone(data), '', 0);
    expect(a.attendees[1]!.path).toEqual(['attendees', 1]);
    expect(b.attendees[1]!.path).toBe(a.attendees[1]!.path);
    expect(b.actions[0]!.what!.path).toBe(a.actions[0]!.what!.path);
    expect(b.group!.path).toBe(a.group!.path);
  });
});
