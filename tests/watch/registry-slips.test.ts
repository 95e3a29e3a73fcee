// Watch mode while people.yml or organisations.yml has a YAML error: check reads the entries (sections) the error
// leaves whole and leaves what names the unread ones unchecked (load/yaml-partial.ts). Saves of registries and
// minutes, one after the other as an editor makes them, must each leave watch mode reporting exactly what
// `minutes check` finds from scratch: the problems of the entries read, none about the unread file's entries, and
// the minutes' own problems once the registry is whole again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { checkedSteps, replaceIn, unlocated } from './check-steps.js';

// As in diagnostics.test.ts: a fixed day, after every meeting of the generated archive.
const TODAY = '2024-05-01';

describe('problems reported in watch mode while a registry has a YAML error, save after save', () => {
  let root: string;
  // Problems are told apart without their lines: an id or a former id written moves those below it.
  let step: ReturnType<typeof checkedSteps>;
  /** The minutes of grupp-3, oldest first (set before the steps). */
  let third: string[] = [];

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 40, 11, { groups: 3, people: 30, organisations: 5, projects: 6 });
    third = fs.readdirSync(path.join(root, 'minutes/grupp-3')).sort().map((f) => `minutes/grupp-3/${f}`);
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll', today: TODAY });
    expect((await session.start()).kind).toBe('rendered');
    step = checkedSteps(root, session, TODAY, unlocated);
  });
  afterAll(cleanTemp);

  const replace = (rel: string, from: string | RegExp, to: string) => replaceIn(root, rel, from, to);
  /** A person's field under their name indented two spaces too far (a YAML error in that entry), or back. */
  const misindent = (id: string, field: string) => replace('people.yml', new RegExp(`^(${id}:\\n {2}name: .+\\n) {2}${field}:`, 'm'), `$1    ${field}:`);
  const reindent = (id: string, field: string) => replace('people.yml', new RegExp(`^(${id}:\\n {2}name: .+\\n) {4}${field}:`, 'm'), `$1  ${field}:`);
  /** The same in a group of organisations.yml, whose fields are indented four spaces. */
  const misindentGroup = (id: string, after: RegExp) => replace('organisations.yml', new RegExp(`^( {2}${id}:\\n${after.source}) {4}organisation:`, 'm'), '$1      organisation:');
  const reindentGroup = (id: string, after: RegExp) => replace('organisations.yml', new RegExp(`^( {2}${id}:\\n${after.source}) {6}organisation:`, 'm'), '$1    organisation:');
  const NAME = / {4}name: .+\n/;
  const FORMER_AND_NAME = / {4}former_ids: .+\n {4}name: .+\n/;

  // Each step edits the sources and gives the codes of the problems it adds (every one of them), and whether it
  // takes some away; steps build on each other, as saves do, so what earlier steps left stays.
  const steps: [string, string[], boolean, () => string[]][] = [
    // karin-ullberg is a member of groups and attends meetings: under an id that is not one, she is unknown there
    // (one that invalid-id would tell to be written karin-ullberg, as Karin_Ullberg, would be found by them: see registry.ts).
    ['a person with a bad id', ['invalid-id', 'unknown-person'], false, () => replace('people.yml', /^karin-ullberg:$/m, 'K_Ullberg:')],
    // Nobody is unknown while people.yml is unread; the bad id, in an entry the error left whole, is still told.
    ['another person with a field misindented: a YAML error', ['yaml-syntax'], true, () => misindent('ragnar-glimsjo', 'organisation')],
    ['minutes saved with an unknown attendee meanwhile: nothing said of them yet', [], false, () => replace(third[0]!, /\nattendees:\n/, '\nattendees:\n  - Okänd Personsson\n')],
    ['the indentation fixed: the unknown attendee and the bad id\'s references are told', ['unknown-person'], true, () => reindent('ragnar-glimsjo', 'organisation')],
    ['a group\'s field misindented in organisations.yml', ['yaml-syntax'], false, () => misindentGroup('grupp-1', NAME)],
    ['a bad ended date in another group, told beside the YAML error', ['invalid-date'], false, () => replace('organisations.yml', /^( {2}grupp-2:\n {4}name: .+\n {4}organisation: .+\n) {4}schedule: .+$/m, '$1    ended: 2016-13-45')],
    ['minutes saved with an unknown group meanwhile: nothing said of it yet', [], false, () => replace(third[1]!, /\ngroup: .*\n/, '\ngroup: grupp-99\n')],
    ['people.yml broken too: nothing names anyone unknown now', ['yaml-syntax'], true, () => misindent('fredrik-isaksson', 'organisation')],
    ['organisations.yml fixed: the unknown group is told', ['unknown-group'], true, () => reindentGroup('grupp-1', NAME)],
    ['people.yml fixed: the unknown people are told again', ['unknown-person'], true, () => reindent('fredrik-isaksson', 'organisation')],
    ['the bad id fixed', [], true, () => replace('people.yml', /^K_Ullberg:$/m, 'karin-ullberg:')],
    ['a bare organisation: an empty-value', ['empty-value'], false, () => replace('people.yml', /^(ragnar-glimsjo:\n {2}name: .+\n {2}organisation:).*$/m, '$1')],
    ['the bare organisation beside a YAML error in another entry: still told, the unknown attendee not', ['yaml-syntax'], true, () => misindent('viktor-tornqvist', 'organisation')],
    ['that error fixed: the unknown attendee is told again', ['unknown-person'], true, () => reindent('viktor-tornqvist', 'organisation')],
    ['the organisation written', [], true, () => replace('people.yml', /^(ragnar-glimsjo:\n {2}name: .+\n {2}organisation:)$/m, '$1 miljohuset')],
    // Minutes that name both now name one person twice.
    ['two people made one by former_ids', ['duplicate-person', 'present-and-absent', 'unknown-owner', 'unknown-person'], false, () => {
      replace('people.yml', /^lars-svensson:\n {2}name: .+\n {2}organisation: .+\n/m, '');
      return replace('people.yml', /^(olof-hakansson:\n {2}name: .+\n)/m, '$1  former_ids: [lars-svensson]\n');
    }],
    ['a group\'s id changed with minutes naming the old one', ['unknown-action', 'unknown-group'], false, () => replace('organisations.yml', /^ {2}grupp-3:$/m, '  grupp-tre:')],
    ['the old id kept as a former id', [], true, () => replace('organisations.yml', /^( {2}grupp-tre:\n)/m, '$1    former_ids: [grupp-3]\n')],
    ['that group\'s field misindented: what names groups is not checked', ['yaml-syntax'], true, () => misindentGroup('grupp-tre', FORMER_AND_NAME)],
    ['fixed again', ['unknown-group', 'unknown-owner'], true, () => reindentGroup('grupp-tre', FORMER_AND_NAME)],
    ['the minutes fixed', [], true, () => [...replace(third[0]!, '  - Okänd Personsson\n', ''), ...replace(third[1]!, /\ngroup: grupp-99\n/, '\ngroup: grupp-3\n')]],
  ];

  it.each(steps)('after %s', (_, added, removed, change) => step(added, removed, change));
});
