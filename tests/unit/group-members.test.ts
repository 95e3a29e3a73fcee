// A group's members on a day: its `members:` in organisations.yml and the people whose dated membership of it
// in people.yml covers the day. The group page and the open data take the day of the build, `minutes new` the
// date of the new minutes; all three must list the same people.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { prefill } from '../../src/new/prefill.js';
import { buildView, renderMeetings } from '../../src/render/view.js';
import { openData } from '../../src/render/opendata.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const DAY = '2016-11-01';

/** The base archive with a group Samverkansrådet (standing members `members`) and Anna Ny, with `anna` under her. */
function modelWith(members: string, anna: string) {
  const orgs = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace(/^groups:\n/m, `groups:\n  samverkansradet:\n    name: Samverkansrådet\n    members: ${members}\n`);
  const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}anna-ny:\n  name: Anna Ny\n  organisation: vorta-drom\n${anna}`;
  const result = check(archive([BASE], { 'organisations.yml': orgs, 'people.yml': people }));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildModel(result.validated.minutes, result.validated.registry);
}

const membership = (fields: string) => `  memberships:\n    - ${fields.split('; ').join('\n      ')}\n`;

describe("a group's members on a day", () => {
  it.each([
    ['a membership from before the day', '[]', membership('group: samverkansradet; role: ersättare; from: 2016-09-01'), [['Anna Ny', 'ersättare']]],
    ['a membership from the day itself', '[]', membership('group: samverkansradet; role: ersättare; from: 2016-11-01'), [['Anna Ny', 'ersättare']]],
    ['a membership ending on the day', '[]', membership('group: samverkansradet; role: ersättare; from: 2016-01-01; to: 2016-11-01'), [['Anna Ny', 'ersättare']]],
    // "Fasta ledamöter" is the heading: a role that only repeats it is not shown, the role from people.yml stays.
    ['a membership as "fast ledamot": listed, the role not repeated', '[]', membership('group: samverkansradet; role: fast ledamot; from: 2016-09-01'), [['Anna Ny', null]]],
    ['a membership without dates', '[]', membership('group: samverkansradet; role: ersättare'), [['Anna Ny', 'ersättare']]],
    ['a membership without a role: the person as elsewhere', '[]', membership('group: samverkansradet; from: 2016-09-01'), [['Anna Ny', null]]],
    ['a membership that starts after the day', '[]', membership('group: samverkansradet; role: ersättare; from: 2016-11-02'), []],
    ['a membership that ended before the day', '[]', membership('group: samverkansradet; role: ersättare; from: 2016-01-01; to: 2016-10-31'), []],
    ['a membership of another group', '[]', membership('group: gug; role: ersättare; from: 2016-09-01'), []],
    ['a membership of an organisation', '[]', membership('organisation: bryggan; role: ersättare; from: 2016-09-01'), []],
    ['a standing member with a membership too: once, with its role', '[anna-ny]', membership('group: samverkansradet; role: ordförande; from: 2016-09-01'), [['Anna Ny', 'ordförande']]],
    ['a standing member whose membership ended: still a standing member', '[anna-ny]', membership('group: samverkansradet; role: ersättare; to: 2016-06-30'), [['Anna Ny', null]]],
    ['standing members first, then the members by membership', '[leif-redestig]', membership('group: samverkansradet; role: ersättare; from: 2016-09-01'), [['Leif Redestig', null], ['Anna Ny', 'ersättare']]],
    // As the role from people.yml, the role in the group is not shown for someone published by initials.
    ['someone published by initials: the initials, no role', '[]', `  publish: initials\n${membership('group: samverkansradet; role: ersättare; from: 2016-09-01')}`, [['A. N.', null]]],
  ])('%s', (_, members, anna, expected) => {
    const model = modelWith(members, anna);
    const options = { base: '/', title: 'Protokoll', today: DAY };
    const page = buildView(model, renderMeetings(model, options.base), options).pages.groups.find((g) => g.id === 'samverkansradet')!;
    expect(page.members.map((p) => [p.name, p.role ?? null])).toEqual(expected);
    const data = JSON.parse(openData(model, options)) as { groups: { id: string; members: { name: string }[] }[] };
    expect(data.groups.find((g) => g.id === 'samverkansradet')!.members.map((p) => p.name)).toEqual(expected.map(([name]) => name));
    // `minutes new` writes registered names (the file is not published), as attendees to prune.
    const names = new Map([...model.people.values()].map((p) => [p.display, p.name]));
    const attendees = prefill({ model, groupId: 'samverkansradet', date: DAY, today: '2017-01-01' }).text.match(/^attendees:\n((?: {2}- .+\n)*)/m)?.[1] ?? '';
    expect(attendees.split('\n').filter(Boolean).map((l) => l.slice(4))).toEqual(expected.map(([name]) => names.get(name!)));
  });
});
