// Dates that contradict the meeting they are written in: a due date or a next meeting before it. (A date other than
// the one in the file's name is date-filename.ts: what to rename the file to depends on the other files.)
import { atValue } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';

export const dateOrder: MinutesRule = (ctx, m) => {
  if (!m.date) return;
  const date = m.date.value;
  if (ctx.today && date > ctx.today) {
    ctx.report({ file: m.file, where: atValue(m.date.path), code: 'future-date', message: `Mötet ${date} har inte hållits än; i dag är det ${ctx.today}.`, hint: 'Kontrollera årtal, månad och dag. Skriver du protokollet i förväg kan du bortse från varningen.' });
  }
  for (const a of m.actions) {
    if (a.due && a.due.value < date) {
      ctx.report({ file: m.file, where: atValue(a.due.path), code: 'due-before-meeting', message: `Åtgärden ska vara klar ${a.due.value}, före mötet (${date}).`, hint: a.due.value.slice(0, 4) < date.slice(0, 4) ? 'Kontrollera årtalet.' : 'Kontrollera månad och dag.' });
    }
  }
  if (m.nextMeeting && m.nextMeeting.value.date <= date) {
    ctx.report({ file: m.file, where: atValue(m.nextMeeting.path), code: 'next-meeting-before-meeting', message: `Nästa möte (${m.nextMeeting.value.date}) ligger inte efter det här mötet (${date}).`, hint: 'Kontrollera datum och årtal.' });
  }
};
