// A feed's link as a disclosure that says what a feed is before the reader opens it: a browser shows a feed as code
// (Chromium as raw XML, and no stylesheet for feeds can be relied on), which readers new to feeds took for a fault.
// Native <details>, so it opens without JavaScript. `label` says whose minutes; `url` is the feed's address from the
// site's root, given in full (to copy as text) when the site's own address is known (--url).
export default function subscribe({ label, url, site }, { html }) {
  const address = site.url && url.startsWith(site.base) ? site.url + url.slice(site.base.length) : undefined;
  return html`<details class="subscribe">
<summary>${label}</summary>
<p>Ett nyhetsflöde visar nya protokoll i en nyhetsläsare: en app eller webbtjänst som samlar nyheter från de webbplatser du väljer. I webbläsaren visar flödet bara kod.</p>
<p>Kopiera flödets adress och klistra in den i nyhetsläsaren. Högerklicka på adressen, eller håll fingret på den, och välj att kopiera länken: <a href="${url}">${address ?? 'flödets adress'}</a></p>
<p><a href="${site.base}om/#nyhetsfloden">Mer om nyhetsflöden</a></p>
</details>`;
}
