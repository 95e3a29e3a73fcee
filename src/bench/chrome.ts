// Which Chromium the benchmark and the browser tests drive: the one CHROME_PATH names, or else Debian's.
import fs from 'node:fs';
import { UserError } from '../errors.js';

/** Debian's Chromium (`apt-get install -y chromium`), used when CHROME_PATH names none. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to use, or undefined when there is none. A browser named on purpose that is not there is a mistake
 * to report, not a reason to use another one: figures or test results from another browser than the one asked for
 * would pass for that one's.
 */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const asked = env.CHROME_PATH;
  if (asked) {
    if (!fs.existsSync(asked)) throw new UserError(`CHROME_PATH=${asked} finns inte. Rätta sökvägen, eller ta bort CHROME_PATH för att använda ${DEBIAN_CHROMIUM}.`);
    return asked;
  }
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
