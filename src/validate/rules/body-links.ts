// Links in the minutes text must not run code: javascript:, vbscript:, data: and file: targets are refused.
import type { Rule } from '../context.js';
import { unsafeLinks } from '../../render/markdown.js';

export const bodyLinks: Rule = (ctx) => {
  for (const m of ctx.minutes) {
    for (const link of unsafeLinks(m.body)) {
      const scheme = link.target.split(':')[0]?.trim() ?? '';
      ctx.report({
        file: m.file,
        where: { kind: 'offset', offset: m.bodyOffset + link.offset, length: link.length },
        code: 'unsafe-link',
        message: `Länken till "${truncate(link.target)}" görs inte till en länk (${scheme}: är inte tillåtet).`,
        hint: 'Länka bara till adresser som börjar med https://, http:// eller mailto:.',
      });
    }
  }
};

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
