// A meeting's former ids (former_ids in its minutes) must be meeting ids, and each must lead to this meeting
// alone: not to a meeting that is there now, nor claimed by other minutes too.
import { atValue } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import { formerMeetings, guessMeetingId } from '../former-meetings.js';
import { isValidDate } from '../../util/dates.js';
import { clip } from '../../util/clip.js';
import { example } from '../examples.js';

const EXAMPLE = `${example('group')}/2015-11-08`;

export const formerMeetingIds: ArchiveRule = (ctx) => {
  for (const c of formerMeetings(ctx.minutes, ctx.registry).claims) {
    const text = c.written.value.trim();
    const where = atValue(c.written.path);
    switch (c.status) {
      case 'malformed': {
        const guess = guessMeetingId(text, ctx.registry);
        const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
        const noDay = !guess && date !== undefined && !isValidDate(date);
        ctx.report({
          file: c.doc.file,
          where,
          code: 'invalid-former-id',
          message: `"${clip(text)}" under former_ids är inget mötes-id${noDay ? `: dagen ${date} finns inte` : ''}.`,
          hint: noDay
            ? 'Ingen sida har haft den adressen: rätta datumet till det mötet hade förut.'
            : `Skriv id:t mötet hade förut: gruppens id, snedstreck och datumet, som i ett åtgärds-id före #${guess ? `, här ${guess}` : `, till exempel ${EXAMPLE}`}.`,
        });
        break;
      }
      case 'own':
        ctx.report({
          file: c.meeting.doc.file,
          where,
          code: 'former-id-own',
          message: text === c.current ? `"${clip(text)}" under former_ids är mötets eget id.` : `"${clip(text)}" leder redan hit: gruppen har det id:t under former_ids.`,
          hint: 'Ta bort det från former_ids: där står bara id som mötet hade förut.',
        });
        break;
      case 'existing':
        ctx.report({
          file: c.meeting.doc.file,
          where,
          code: 'former-id-taken',
          message: `"${clip(text)}" under former_ids är id för ett möte som finns (${c.other.doc.file}), och dess sida ligger kvar på den adressen.`,
          hint: 'Ta bort det, eller rätta det till det id det här mötet hade förut.',
        });
        break;
      case 'shared':
        ctx.report({
          file: c.meeting.doc.file,
          where,
          code: 'former-id-taken',
          message: `"${clip(text)}" står under former_ids också i ${c.others.map((d) => d.file).join(', ')}, och en gammal adress kan bara leda till ett möte.`,
          hint: 'Låt det stå kvar bara i protokollet från mötet som hade id:t.',
        });
        break;
      case 'ok':
        break;
    }
  }
};
