// Deep equality of view and model data, on which dev decides what a save wrote and what it left to make.
import { expect, it } from 'vitest';
import { sameData } from '../../src/watch/changed-pages.js';

it.each([
  ['equal strings', 'a', 'a', true],
  ['a number and its string', 1, '1', false],
  ['equal objects', { a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }, true],
  ['an object with a key more', { a: 1 }, { a: 1, b: undefined }, false],
  ['an array and an object with its keys', [1], { 0: 1 }, false],
  ['equal maps', new Map([['a', { n: 1 }]]), new Map([['a', { n: 1 }]]), true],
  ['maps with another value', new Map([['a', { n: 1 }]]), new Map([['a', { n: 2 }]]), false],
  ['maps in another order', new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]), false],
  ['a map and an object', new Map(), {}, false],
  ['equal sets', new Set(['a', 'b']), new Set(['a', 'b']), true],
  ['sets with another value', new Set(['a']), new Set(['b']), false],
  ['a set and an object', new Set(), {}, false],
])('%s: %s', (_, a, b, same) => {
  expect(sameData(a, b)).toBe(same);
  expect(sameData(b, a)).toBe(same);
});
