// A disk that refuses a write (full, read-only, no permission) is the reader's problem to fix, not a bug:
// found anywhere in an error's chain, also after the error crossed from the render thread, it becomes a plain
// message and exit code 1 rather than "internal error" and a stack trace. The file watcher's errors, likewise.
import { describe, expect, it } from 'vitest';
import { describeInternal, diskProblem, InternalError } from '../../src/errors.js';
import { serializeError } from '../../src/render/worker.js';
import { revive } from '../../src/render/worker-client.js';
import { watchProblem } from '../../src/watch/dev.js';

const sysError = (code: string, path?: string) => Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });

describe('diskProblem', () => {
  it.each([
    ['a full disk', sysError('ENOSPC', '/site/x.html'), 'Det gick inte att skriva /site/x.html: disken är full (ENOSPC).'],
    ['a read-only disk, two causes down', new InternalError('Bygget avbröts', { cause: new Error('write', { cause: sysError('EROFS') }) }), 'disken är skrivskyddad (EROFS)'],
    ['Eleventy’s originalError', Object.assign(new Error('Having trouble writing to "site/a.html"'), { originalError: sysError('EACCES', 'site/a.html') }), 'behörighet saknas (EACCES)'],
    ['a file where a folder should be', sysError('ENOTDIR', '/tmp/fil/site'), 'en del av sökvägen är en fil, inte en mapp'],
    ['from the render thread', new InternalError('Bygget avbröts av ett fel.', { cause: revive(serializeError(new Error('Eleventy', { cause: sysError('EDQUOT', '/s') }))) }), 'diskkvoten är slut (EDQUOT)'],
  ])('%s', (_name, err, expected) => {
    expect(diskProblem(err)).toContain(expected);
  });

  it.each([
    ['a bug', new TypeError('x is undefined')],
    ['a missing file (not a disk problem)', sysError('ENOENT', '/a')],
    ['a thrown string', 'boom'],
    ['nothing', undefined],
  ])('leaves %s to be reported as internal', (_name, err) => {
    expect(diskProblem(err)).toBeUndefined();
  });
});

describe('watchProblem: what the file watcher reports, in Swedish', () => {
  it.each([
    ['a loop', sysError('ELOOP', '/arkiv/minutes/a'), 'En symbolisk länk pekar i en slinga (minutes/a); det som ligger bakom den bevakas inte.'],
    ['no permission', sysError('EACCES', '/arkiv/minutes/hemligt'), 'En fil eller mapp får inte läsas (minutes/hemligt)'],
    ['too many watches', sysError('ENOSPC'), 'fs.inotify.max_user_watches'],
    ['too many open files', sysError('EMFILE'), 'ulimit -n'],
    ['anything else, in the system’s words', sysError('EIO', '/arkiv/minutes/x.md'), 'Bevakningen av filer gav ett fel (minutes/x.md): EIO: failed'],
  ])('%s', (_name, err, expected) => {
    expect(watchProblem(err, '/arkiv')).toContain(expected);
  });
});

describe('describeInternal', () => {
  it('follows the whole chain, through Eleventy’s originalError as through cause', () => {
    const eleventy = Object.assign(new Error('Problem writing Eleventy templates'), { originalError: new TypeError('site.meetings is undefined') });
    const report = describeInternal(new InternalError('Eleventy kunde inte rendera webbplatsen.', { cause: eleventy }));
    expect(report).toContain('orsak: Error: Problem writing Eleventy templates');
    expect(report).toContain('orsak: TypeError: site.meetings is undefined');
  });
});
