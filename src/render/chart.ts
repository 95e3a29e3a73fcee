// A small attendance chart as inline SVG, drawn at build time: one bar per meeting, no script.
import { escapeHtml } from './text.js';

const MAX_BARS = 30;

export function attendanceChart(meetings: readonly { dateText: string; attendeeCount: number }[]): string {
  const shown = meetings.slice(-MAX_BARS);
  const max = Math.max(1, ...shown.map((m) => m.attendeeCount));
  const width = 300;
  const height = 80;
  const gap = 2;
  const barWidth = (width - gap * (shown.length - 1)) / shown.length;
  const total = shown.reduce((n, m) => n + m.attendeeCount, 0);
  const average = (total / shown.length).toFixed(1).replace('.', ',');
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  const desc = `Antal närvarande på de ${shown.length} senaste mötena, från ${first.dateText} till ${last.dateText}: i genomsnitt ${average}, som mest ${max}. Antalet på varje möte står i listan över möten nedan.`;
  const bars = shown
    .map((m, i) => {
      const h = Math.max(1, Math.round((m.attendeeCount / max) * (height - 14)));
      const x = (i * (barWidth + gap)).toFixed(1);
      return `<rect x="${x}" y="${height - h}" width="${barWidth.toFixed(1)}" height="${h}"><title>${escapeHtml(m.dateText)}: ${m.attendeeCount}</title></rect>`;
    })
    .join('');
  return (
    // The caption says in words what the bars show, so the drawing itself is hidden from screen readers.
    `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">` +
    `<text x="0" y="12" class="chart-max">${max}</text>${bars}</svg>` +
    `<figcaption>${escapeHtml(desc)}</figcaption></figure>`
  );
}
