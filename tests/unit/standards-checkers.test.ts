// The checkers the feed and calendar tests rely on (tests/trust/standards.ts) find each kind of fault: a feed or
// calendar as we write it passes, and the same with one fault fails with a problem naming it.
import { describe, expect, it } from 'vitest';
import { atomProblems, icsProblems } from '../trust/standards.js';

const ENTRY = `<entry>
<title>GUG 22 februari 2016</title>
<id>https://example.org/p/grupper/gug/2016-02-22/</id>
<link rel="alternate" type="text/html" href="https://example.org/p/grupper/gug/2016-02-22/"/>
<updated>2016-02-22T00:00:00Z</updated>
<summary>Lokalen &amp; hyllan.</summary>
<content type="html">&lt;p&gt;Se &lt;a href=&quot;https://example.org/p/grupper/gug/2016-02-22/#beslut-1&quot;&gt;beslutet&lt;/a&gt;, 3 &amp;lt; 4.&lt;/p&gt;</content>
</entry>
`;
const OLDER = ENTRY.replaceAll('2016-02-22', '2016-02-08').replace('22 februari', '8 februari');
const FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
<title>Protokoll</title>
<id>https://example.org/p/feed.xml</id>
<link rel="alternate" type="text/html" href="https://example.org/p/"/>
<link rel="self" type="application/atom+xml" href="https://example.org/p/feed.xml"/>
<updated>2016-02-22T00:00:00Z</updated>
<author><name>Protokoll</name></author>
${ENTRY}${OLDER}</feed>
`;

describe('atomProblems', () => {
  it('passes a feed as we write it, with and without the site address', () => {
    expect(atomProblems(FEED, { absolute: true })).toEqual([]);
    expect(atomProblems(FEED.replaceAll('https://example.org/p/', '/p/').replaceAll('<id>/p/', '<id>urn:minutes:'), { absolute: false })).toEqual([]);
  });

  it.each([
    ['not well-formed', FEED.replace('</title>', ''), /mismatched|unclosed/],
    ['no Atom namespace', FEED.replace(' xmlns="http://www.w3.org/2005/Atom"', ''), /no atom:feed/],
    ['an entry without id', FEED.replace('<id>https://example.org/p/grupper/gug/2016-02-08/</id>', ''), /entry 2: 0 atom:id/],
    ['an id twice', FEED.replace('<id>https://example.org/p/grupper/gug/2016-02-08/</id>', '<id>https://example.org/p/grupper/gug/2016-02-22/</id>'), /twice/],
    ['a relative id', FEED.replace('<id>https://example.org/p/feed.xml</id>', '<id>/p/feed.xml</id>'), /no absolute IRI/],
    ['a date without zone', FEED.replace('<updated>2016-02-22T00:00:00Z</updated>\n<author>', '<updated>2016-02-22T00:00:00</updated>\n<author>'), /RFC 3339/],
    ['a date not in the calendar', FEED.replace('2016-02-08T00:00:00Z', '2016-02-30T00:00:00Z'), /no real date/],
    ['an entry newer than the feed', FEED.replace('<updated>2016-02-22T00:00:00Z</updated>\n<author>', '<updated>2016-02-10T00:00:00Z</updated>\n<author>'), /after the feed's updated/],
    ['entries oldest first', FEED.replace(`${ENTRY}${OLDER}`, `${OLDER}${ENTRY}`), /newer than the entry before/],
    ['two alternate links', FEED.replace('<updated>2016-02-08', '<link rel="alternate" type="text/html" href="https://example.org/x"/>\n<updated>2016-02-08'), /two alternate links/],
    ['no author', FEED.replace('<author><name>Protokoll</name></author>', ''), /no author/],
    ['HTML content not escaped', FEED.replace('&lt;p&gt;Se', '<p>Se').replace('4.&lt;/p&gt;', '4.</p>'), /child elements/],
    ['HTML content escaped once too few', FEED.replace('3 &amp;lt; 4', '3 &lt; 4'), /escaped once too few/],
    ['a relative address in the content', FEED.replace('https://example.org/p/grupper/gug/2016-02-22/#beslut-1', '#beslut-1'), /"#beslut-1" is not absolute/],
    ['a control character', FEED.replace('Lokalen', 'Lok\u0001alen'), /illegal character/],
    ['a C1 control character', FEED.replace('Lokalen', 'Lok\u0086alen'), /discouraged character/],
  ])('fails a feed with %s', (_, xml, problem) => {
    expect(atomProblems(xml, { absolute: true }).join('\n')).toMatch(problem);
  });

  it('fails an address relative to the feed, not from the root, without the site address', () => {
    expect(atomProblems(FEED.replace('https://example.org/p/grupper/gug/2016-02-22/#beslut-1', '../2016-02-08/'), { absolute: false }).join('\n')).toMatch(/relative to the feed/);
  });
});

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//minutes//minutes//SV',
  'X-WR-CALNAME:Samråd\\; för ö\\\\vriga\\, anhöriga',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:gug-2016-03-28@example.org/p',
  'DTSTAMP:20160222T000000Z',
  'DTSTART;TZID=Europe/Stockholm:20160328T133000',
  'DURATION:PT1H',
  'SUMMARY:Gemensam utvecklingsgrupp',
  'URL:https://example.org/p/grupper/gug/',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('icsProblems', () => {
  it('passes a calendar as we write it', () => {
    expect(icsProblems(ICS)).toEqual([]);
  });

  it.each([
    ['LF line ends', ICS.replaceAll('\r\n', '\n'), /CRLF|bare CR or LF/],
    ['a line of 76 octets', ICS.replace('SUMMARY:Gemensam utvecklingsgrupp', `SUMMARY:${'å'.repeat(34)}`), /longer than 75 octets/],
    ['an unescaped comma', ICS.replace('SUMMARY:Gemensam utvecklingsgrupp', 'SUMMARY:Möte, GUG'), /not escaped as TEXT/],
    ['an unescaped semicolon', ICS.replace('SUMMARY:Gemensam utvecklingsgrupp', 'SUMMARY:Möte; GUG'), /not escaped as TEXT/],
    ['a lone backslash', ICS.replace('SUMMARY:Gemensam utvecklingsgrupp', 'SUMMARY:C:\\mappen'), /not escaped as TEXT/],
    ['no UID', ICS.replace('UID:gug-2016-03-28@example.org/p\r\n', ''), /0 UID/],
    ['no DTSTAMP', ICS.replace('DTSTAMP:20160222T000000Z\r\n', ''), /0 DTSTAMP/],
    ['a DTSTAMP in local time', ICS.replace('DTSTAMP:20160222T000000Z', 'DTSTAMP:20160222T000000'), /not in UTC/],
    ['a floating start', ICS.replace('DTSTART;TZID=Europe/Stockholm:', 'DTSTART:'), /floating/],
    ['a time zone it does not define', ICS.replace('DTSTART;TZID=Europe/Stockholm', 'DTSTART;TZID=Europe/Oslo'), /no VTIMEZONE/],
    ['both an end and a duration', ICS.replace('DURATION:PT1H', 'DURATION:PT1H\r\nDTEND;TZID=Europe/Stockholm:20160328T143000'), /both DTEND and DURATION/],
    ['components not nested', ICS.replace('END:VEVENT\r\n', ''), /closes another component|unclosed/],
    ['no VERSION', ICS.replace('VERSION:2.0\r\n', ''), /0 VERSION/],
  ])('fails a calendar with %s', (_, ics, problem) => {
    expect(icsProblems(ics).join('\n')).toMatch(problem);
  });

  it('fails a UID another calendar of the site has', () => {
    const uids = new Map<string, string>();
    expect(icsProblems(ICS, uids, 'a.ics')).toEqual([]);
    expect(icsProblems(ICS, uids, 'b.ics').join('\n')).toMatch(/also in a.ics/);
  });
});
