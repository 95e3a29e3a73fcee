// Starts Pagefind's search interface and applies filters and a search term given in the address,
// so pages can link to a preset search (?person=Leif%20Redestig, ?q=fritidsbank, ?sortera=datum).
(function () {
  var element = document.getElementById('sok');
  if (!element || typeof window.PagefindUI !== 'function') return;
  // The search works, so the note for browsers without JavaScript goes away.
  var note = document.getElementById('utan-javascript');
  if (note) note.hidden = true;
  var params = new URLSearchParams(window.location.search);
  var filters = {};
  ['grupp', 'person', 'projekt', 'organisation', 'år'].forEach(function (name) {
    // As on the pages, filter values carry no markup characters (the interface shows them as HTML).
    var values = params.getAll(name).map(function (v) {
      return v.replace(/[<>]/g, '');
    });
    if (values.length > 0) filters[name] = values;
  });
  var byDate = params.get('sortera') === 'datum';
  // Pagefind keeps the pages' text with entities decoded and its interface inserts excerpts as HTML, so text
  // written in the minutes as "<meta …>" would come alive here. Escape it, keeping only Pagefind's <mark>.
  function escapeExcerpt(text) {
    return String(text || '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
  }
  var ui = new window.PagefindUI({
    element: '#sok',
    bundlePath: element.getAttribute('data-bundle'),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: !params.get('q'),
    openFilters: Object.keys(filters),
    sort: byDate ? { datum: 'desc' } : null,
    processResult: function (result) {
      result.excerpt = escapeExcerpt(result.excerpt);
      (result.sub_results || []).forEach(function (sub) {
        sub.excerpt = escapeExcerpt(sub.excerpt);
      });
      return result;
    },
  });
  // Pagefind's field has only a placeholder; give it a real label.
  var input = element.querySelector('input');
  if (input) {
    input.id = 'sokfalt';
    var label = document.createElement('label');
    label.htmlFor = 'sokfalt';
    label.className = 'visually-hidden';
    label.textContent = 'Sökord';
    input.parentNode.insertBefore(label, input);
  }
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  var term = params.get('q');
  if (term) ui.triggerSearch(term);
  // Keep the current filters and term when switching the sort order.
  ['sortera-relevans', 'sortera-datum'].forEach(function (id) {
    var link = document.getElementById(id);
    if (!link) return;
    var next = new URLSearchParams(params);
    if (id === 'sortera-datum') next.set('sortera', 'datum');
    else next.delete('sortera');
    link.setAttribute('href', '?' + next.toString());
    if ((id === 'sortera-datum') === byDate) link.setAttribute('aria-current', 'true');
  });
})();
