// Starts Pagefind's search interface and applies filters and a search term given in the address,
// so pages can link to a preset search (?person=Leif%20Redestig, ?q=fritidsbank, ?sortera=datum).
(function () {
  var element = document.getElementById('sok');
  if (!element || typeof window.PagefindUI !== 'function') return;
  // The search works, so the note for browsers without JavaScript goes away.
  var note = document.getElementById('utan-javascript');
  if (note) note.hidden = true;
  var sortLinks = document.querySelector('.search-sort');
  var originalTitle = document.title;
  var status;
  var params = new URLSearchParams(window.location.search);
  // Address parameter -> filter. Pagefind's interface capitalises a filter's name only when it starts with a-z,
  // so the year's filter is named "År" on the pages; the address keeps ?år=.
  var FILTERS = { grupp: 'grupp', person: 'person', projekt: 'projekt', organisation: 'organisation', 'år': 'År' };
  // The filters an address ticks (it follows the ticked boxes, see below).
  function filtersIn(address) {
    var ticked = {};
    Object.keys(FILTERS).forEach(function (name) {
      // As on the pages, filter values carry no markup characters (the interface shows them as HTML).
      var values = address.getAll(name).map(function (v) {
        return v.replace(/[<>]/g, '');
      });
      if (values.length > 0) ticked[FILTERS[name]] = values;
    });
    return ticked;
  }
  var filters = filtersIn(params);
  // The word of a preset search (?q=).
  var presetTerm = params.get('q') || '';
  var byDate = params.get('sortera') === 'datum';
  var bundlePath = element.getAttribute('data-bundle');
  // The bundle is at the site's base, as the groups, the people and the organisations are.
  var siteBase = String(bundlePath).replace(/pagefind\/$/, '');
  var listing = document.getElementById('filtrerat');
  // Pagefind keeps the pages' text with entities decoded and its interface inserts excerpts as HTML, so text
  // written in the minutes as "<meta …>" would come alive here. Escape it, keeping only Pagefind's <mark>.
  function escapeExcerpt(text) {
    return String(text || '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
  }
  // Pagefind's own for results with sub-results, said here so that a Pagefind started anew is told it too.
  var EXCERPT_LENGTH = 12;
  // pagefind.js, as this page imports it. The browser keeps a module that could not be fetched as failed: importing it
  // again fails at once, without a fetch. Each try after the first is at an address of its own (?forsok=2).
  var tries = 1;
  function pagefindAddress() {
    return bundlePath + 'pagefind.js' + (tries > 1 ? '?forsok=' + tries + '&pagefind.js' : '');
  }
  function pagefind() {
    return import(pagefindAddress()).then(function (pagefind) {
      loadedPagefind = pagefind;
      waitingForPagefind.splice(0).forEach(function (go) {
        go(pagefind);
      });
      return pagefind;
    });
  }
  // Pagefind's interface imports `${bundlePath}pagefind.js` itself, once: when that failed, it never tried again, but
  // waited for it every 50 ms for as long as the page was open (two waits more for each word typed, 140 a second after
  // five letters, on after a later try had loaded it), and its failure was an unhandled rejection. It is given
  // assets/search-pagefind.js instead, which does what it asks of Pagefind with the one this page has loaded, once it
  // has: until then its searches wait ("Söker efter …", out of sight while the failure is shown, see showFailure).
  var loadedPagefind = null;
  var waitingForPagefind = [];
  // What the interface asks of Pagefind (see search-pagefind.js). A call passed to a Pagefind that restart() has
  // discarded since, which rejects it (its meta file lacking, its worker stopped), is the search that failed with it
  // and was said so (see fetchFailed): its rejection, which may come once the next word is asked for, is not taken for
  // that one's failure, which left the next search unanswered.
  var restarts = 0;
  window.minutesPagefindCall = function (name, args) {
    return window.minutesPagefind().then(function (pagefind) {
      var passedIn = restarts;
      return pagefind[name].apply(pagefind, args).catch(function (error) {
        if (passedIn === restarts) throw error;
        return new Promise(function () {});
      });
    });
  };
  window.minutesPagefind = function () {
    // Not the Pagefind restart() is discarding, which fails what it is asked at once (its meta file lacking), or never
    // answers (its worker stopped): the one started anew, once it is.
    if (restarted) return restarted.then(window.minutesPagefind);
    if (loadedPagefind) return Promise.resolve(loadedPagefind);
    return new Promise(function (go) {
      waitingForPagefind.push(go);
    });
  };
  var ui = new window.PagefindUI({
    element: '#sok',
    bundlePath: siteBase + 'assets/search-',
    showSubResults: true,
    excerptLength: EXCERPT_LENGTH,
    showImages: false,
    // Only the people, groups and years a search found meetings for: at 1,500 people a list of choices with (0)
    // buries the few that matter. A ticked choice stays, whatever its count.
    showEmptyFilters: false,
    resetStyles: false,
    autofocus: !params.get('q'),
    openFilters: Object.keys(filters),
    sort: byDate ? { datum: 'desc' } : null,
    translations: { search_label: 'Sök i protokollen' },
    processTerm: function (term) {
      if (!filtersLoaded) searchedEarly = true;
      searchStarted();
      // A typed term replaces the list of filtered meetings, and the sort links and the address keep it.
      showTerm(term);
      return term;
    },
    processResult: function (result) {
      result.excerpt = escapeExcerpt(result.excerpt);
      (result.sub_results || []).forEach(function (sub) {
        sub.excerpt = escapeExcerpt(sub.excerpt);
      });
      return result;
    },
  });
  var input = element.querySelector('input');
  if (input) input.id = 'sokfalt';
  var ticked = filtersIn(params);
  if (Object.keys(ticked).length > 0) ui.triggerFilters(ticked);
  // Pagefind's field has only a placeholder; give it a real label.
  if (input) {
    var label = document.createElement('label');
    label.htmlFor = 'sokfalt';
    label.className = 'search-label';
    label.textContent = 'Sökord';
    element.parentNode.insertBefore(label, element);
  }

  // One status line tells screen readers how many meetings were found: Pagefind's own message is plain text,
  // and the list of results is too long to be read out whenever it changes.
  status = document.createElement('p');
  status.id = 'sokstatus';
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  element.parentNode.insertBefore(status, element.nextSibling);
  function announce(text) {
    if (status && status.textContent !== text) status.textContent = text;
  }
  // The meetings a name was at are said too: for a name, often the only answer there is. A message still shown
  // from an earlier search (the new one not begun) is not said again with the new word's suggestions.
  function announceMessage() {
    var message = element.querySelector('.pagefind-ui__message');
    if (message && message.textContent.trim() && input && input.value.trim() && !asked && !starting && failure.hidden) announce(message.textContent.trim() + suggestionText);
  }
  new MutationObserver(function () {
    showBusy();
    announceMessage();
  }).observe(element, { childList: true, subtree: true, characterData: true });

  // Pagefind's interface waits 300 ms after each word typed (or box ticked) before it searches, and its results
  // come as placeholders that fill in one by one: meanwhile the page looks as when a search is done. The results
  // are marked busy (aria-busy) from the moment a search is asked for until its own results are all shown, for
  // screen readers and for tests to wait on. Pagefind searches only for a word it has (an empty field is no search).
  var asked = false; // asked for, not begun: Pagefind's wait, then its call of processTerm
  var starting = false; // begun, until the interface has had a turn to show it (it shows the old results until then)
  var failed = false; // a search failed; until the next is asked for
  var lost = false; // a file of the index the search needed could not be fetched (see fetchFailed); until the next
  var broken = false; // Pagefind could not be loaded: no search ends, until it is loaded again (see reload)
  // Then Pagefind's interface says "Söker efter …" for ever: the reader is told instead, where the results would be
  // and in the status line, that the search could not be done, and where else the minutes are, until a search is
  // asked for again (one that fails too is told again). Its "Söker efter …" and the results that never came are
  // hidden (style.css).
  var failure = document.createElement('p');
  failure.id = 'sok-fel';
  failure.className = 'notice';
  failure.hidden = true;
  failure.appendChild(document.createTextNode('Sökningen kunde inte laddas. Försök igen senare, eller hitta protokollen via '));
  var groups = document.createElement('a');
  groups.href = siteBase + 'grupper/';
  groups.textContent = 'grupperna';
  failure.appendChild(groups);
  failure.appendChild(document.createTextNode('.'));
  // `term`: the word searched for, when it is not yet in the field (a preset search).
  function askSearch(term) {
    searchNumber++;
    if (watchedWorker) watchedWorker.postMessage({ search: searchNumber });
    asked = (term === undefined ? (input ? input.value : '') : term) !== '';
    failed = false;
    lost = false;
    // Pagefind fetches the index files a search needs again, but its filter files only once: they are asked for again.
    if (asked && broken) reload();
    else if (asked && filtersLost) loadFilters();
    showBusy();
  }
  // Pagefind's interface imported pagefind.js once: when it could not be (offline a moment, a 500, a site half
  // uploaded), every later search failed until the page was loaded again, though the reader was told to try again. The
  // next search asked for (or Försök igen under a preset filter's list) imports it again, at an address of its own
  // (see pagefindAddress), and the interface's searches, which waited for it, are done with it; its filter files and a
  // preset filter's list that could not be loaded are loaded then too. Meanwhile the search is under way (busy); if it
  // fails again, it is said so again.
  var reloading = false;
  function reload() {
    if (reloading) return;
    reloading = true;
    broken = false;
    tries++;
    pagefind().then(
      function () {
        reloading = false;
        loadFilters();
        // Done again, so that a search asked for by Enter, on which the interface does nothing, is begun too.
        if (input && input.value.trim()) searchAgain();
      },
      function () {
        reloading = false;
        broken = true;
        showBusy();
        if (listLost) listFiltered();
      },
    );
  }
  function searchStarted() {
    asked = false;
    starting = true;
    setTimeout(function () {
      starting = false;
      showBusy();
      announceMessage();
    }, 0);
  }
  function searching() {
    if (!input || input.value === '' || failed || lost || broken) return false;
    if (asked || starting || (searchedEarly && !filtersLoaded)) return true;
    var area = element.querySelector('.pagefind-ui__results-area');
    // "Söker efter …" has no list of results; a list's placeholders have no link yet.
    return !area || !area.querySelector(':scope > .pagefind-ui__results') || !!area.querySelector('.pagefind-ui__results .pagefind-ui__loading');
  }
  function showBusy() {
    showFailure();
    var area = element.querySelector('.pagefind-ui__results-area');
    if (!area) return;
    var busy = searching();
    if (busy && area.getAttribute('aria-busy') !== 'true') area.setAttribute('aria-busy', 'true');
    else if (!busy && area.hasAttribute('aria-busy')) area.removeAttribute('aria-busy');
  }
  // A search that failed whose results come after all (one page of several could not be read) is no failure: its
  // results are shown, its message too, and only what never came is left out. One that lacked a file of the index
  // is: what it found is not all there is, and "gav inga träffar" would be false.
  function arrived() {
    var area = element.querySelector('.pagefind-ui__results-area');
    return !!area && !!area.querySelector(':scope > .pagefind-ui__results .pagefind-ui__result-link');
  }
  // Pagefind's message and results of a search said to have failed stay out of sight when it is done again (Enter, a
  // search that loads Pagefind again), until the new one has begun: for Pagefind's wait of 300 ms it showed
  // "fritidsbank gav inga träffar", false, for a word with three. The status line is emptied meanwhile, so that one that
  // fails again is said again.
  var untrue = false;
  var failureSaid = false; // the status line says it
  var failureWithoutWord = false; // it was said before any word
  function showFailure() {
    // Pagefind that could not be loaded is said at once, before any word (a preset filter's list says it in its own
    // words), and that stays shown while the first word asked for loads it again (see reload), the status line
    // emptied meanwhile, so that a try that fails again is said again.
    var unloaded = broken || (reloading && failureWithoutWord && !failure.hidden);
    var typed = !!input && input.value.trim() !== '';
    var shown = !!input && (typed ? unloaded || lost || (failed && !arrived()) : unloaded && Object.keys(filters).length === 0);
    if (shown && !reloading) failureWithoutWord = !typed;
    if (shown) untrue = true;
    else if (untrue && !asked && !starting && !reloading) untrue = false;
    element.classList.toggle('search-incomplete', failed || lost || broken);
    element.classList.toggle('search-failed', shown || untrue);
    // Where the results would be (see below); under the field until Pagefind's interface shows them, as it does not
    // when it could not be loaded.
    if (shown && !failure.isConnected) element.parentNode.insertBefore(failure, element.nextSibling);
    if (failure.hidden !== !shown) {
      failure.hidden = !shown;
      // No sorting of results that did not come.
      showSortLinks(input ? input.value : '');
    }
    var saying = shown && !reloading;
    if (saying === failureSaid) return;
    failureSaid = saying;
    // Its full stop is the suggestions' own ('. Projektet Fritidsbanken har en egen sida: …'), not said twice.
    if (saying) announce((suggestionText ? failure.textContent.replace(/\.$/, '') : failure.textContent) + suggestionText);
    else if (untrue) announce('');
  }
  // A search that fails leaves Pagefind's interface waiting, with no word of it; its rejection is all there is. Only
  // a rejection from Pagefind's bundle (its stack or message names a file there) is the search's: another script's,
  // or a browser extension's, while a search runs left its results hidden behind a failure that was not one.
  var bundleUrl = new URL(bundlePath, window.location.href).href;
  function fromPagefind(reason) {
    return !!reason && (String(reason.stack || '') + '\n' + String(reason.message || '')).indexOf(bundleUrl) !== -1;
  }
  window.addEventListener('unhandledrejection', function (event) {
    if (!searching() || !fromPagefind(event.reason)) return;
    failed = true;
    asked = false;
    showBusy();
  });
  // A file of the index that cannot be fetched (a site half uploaded, a flaky connection, a 404) Pagefind only logs,
  // and searches without it: its interface said "fritidsbank gav inga träffar", and without its filter files it offered
  // no filters and no meetings of a name. Its fetches are watched, on the page and in its web worker, where it
  // searches: one that failed (a network error, a status not OK) fails the search of the word in the field. A result's
  // page (fragment/) is not the index: the others are shown (see arrived). Pagefind is imported only after this
  // script has run, so it finds these in place. Each fetch carries the number of the search asked for last when it
  // was started (0: none yet), so that a fetch of an earlier search that failed does not fail a later one.
  var filtersLost = false; // a filter file could not be fetched: the next search asks for them again
  var lostFetches = 0; // how many fetches of files of the index failed, for the preset filter's list
  var searchNumber = 0; // the search asked for last
  // What Pagefind loads when it starts (its meta files, its WebAssembly), which every search of it needs.
  var STARTUP = /^(?:pagefind-entry\.json|pagefind\.[^/?]+\.pf_meta|wasm\.[^/?]+\.pagefind)(?:\?|$)/;
  function fetchFailed(address, startedIn) {
    var file = address.slice(bundleUrl.length);
    if (address.indexOf(bundleUrl) !== 0 || /^fragment\//.test(file)) return;
    var filter = /^filter\//.test(file);
    var startup = STARTUP.test(file);
    if (filter) filtersLost = true;
    if (startup) restart();
    lostFetches++;
    if (!input || input.value.trim() === '') return;
    // An earlier search's index chunk: the search under way may have waited for the same (Pagefind fetches a file
    // once for all who ask for it meanwhile), so it is done again, and fetches it anew; one already done did not need
    // it. The start-up and filter files are every search's.
    if (!filter && !startup && startedIn !== searchNumber) {
      if (searching()) searchAgain();
      return;
    }
    lost = true;
    asked = false;
    showBusy();
  }
  // Pagefind starts once: without its meta files every search fails, the later ones too, until the page is loaded
  // again. It is discarded, with its worker (whose later messages are no longer heard), and the next search asked for
  // starts it anew, which loads them again (and the filter files, see askSearch).
  var restarted = null; // while it is discarded: what is asked of Pagefind meanwhile waits for this (see minutesPagefind)
  function restart() {
    filtersLost = true;
    watchedWorker = null;
    if (restarted) return;
    restarts++;
    restarted = pagefind()
      .then(function (pagefind) {
        return pagefind.destroy().then(function () {
          // Pagefind's interface told the discarded one this when it loaded it.
          return pagefind.options({ excerptLength: EXCERPT_LENGTH });
        });
      })
      .catch(function () {})
      .then(function () {
        restarted = null;
        // A search asked for meanwhile waited for the one started anew; one Pagefind's interface had begun before it
        // was asked for again is done again by it too.
        if (searching()) searchAgain();
      });
  }
  // The address a fetch is for, or '' for one that is no address (the fetch itself then says so).
  function addressOf(input) {
    try {
      return new URL(String(input && input.url !== undefined ? input.url : input), window.location.href).href;
    } catch (e) {
      return '';
    }
  }
  // Where Worker is lacking (or its worker cannot be started), Pagefind fetches on the page. Everything passes
  // through unchanged.
  var fetchFirst = window.fetch;
  if (typeof fetchFirst === 'function') {
    window.fetch = function (request) {
      var fetched = fetchFirst.apply(window, arguments);
      var address = addressOf(request);
      var startedIn = searchNumber;
      if (address.indexOf(bundleUrl) !== 0) return fetched;
      return fetched.then(
        function (response) {
          if (!response.ok) fetchFailed(address, startedIn);
          return response;
        },
        function (error) {
          fetchFailed(address, startedIn);
          throw error;
        },
      );
    };
  }
  // Pagefind's worker (pagefind-worker.js) is started by search-worker.js, which runs it and tells of its fetches
  // that failed; any other worker is started as asked. Pagefind's own messages have an id; these have none. It is
  // told the number of each search (before Pagefind's messages for it), and tells it with each fetch that failed.
  var watchedWorker = null; // the one Pagefind uses (a Pagefind started anew starts another)
  var WorkerFirst = window.Worker;
  if (typeof WorkerFirst === 'function') {
    var pagefindWorker = bundleUrl + 'pagefind-worker.js';
    var Watched = function (url, options) {
      var address = addressOf(url);
      if (address !== pagefindWorker) return new WorkerFirst(url, options);
      var worker = new WorkerFirst(siteBase + 'assets/search-worker.js?' + new URLSearchParams([['pagefind', address]]).toString(), options);
      worker.addEventListener('message', function (event) {
        if (worker === watchedWorker && event.data && typeof event.data.fetchFailed === 'string') fetchFailed(event.data.fetchFailed, typeof event.data.search === 'number' ? event.data.search : searchNumber);
      });
      worker.postMessage({ search: searchNumber });
      watchedWorker = worker;
      return worker;
    };
    Watched.prototype = WorkerFirst.prototype;
    window.Worker = Watched;
  }

  // Who attended is not in the search index (it would not fit the memory a large archive may use), but in its
  // filters: a search for a person's or an organisation's name offers the meetings they were at, above the results.
  var suggestion = document.createElement('p');
  suggestion.id = 'sok-forslag';
  suggestion.className = 'search-suggestion';
  suggestion.hidden = true;
  var suggestionText = '';
  var filterValues;
  // Other spellings of names ("Ivan Kuzhikov"), each with the name the filters have ("Ivan Kuzhicov").
  var aliases = {};
  try {
    aliases = JSON.parse(element.getAttribute('data-aliases') || '{}') || {};
  } catch (e) {
    // A page without them offers the names as the filters have them.
  }
  // Names compare as Pagefind compares words: without case or accents ("ake malmen" is Åke Malmén), and a
  // name searched as a phrase ("Herbert Tinz", in quotes) is that name.
  function folded(text) {
    return String(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase('sv')
      .replace(/["\u201c\u201d\u201e\u00ab\u00bb]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  // Groups and projects have pages of their own that gather what the minutes say of them (decisions, actions):
  // a search for the name of one, or an alias ("Fritidsbank"), offers its page, under the number found (which a
  // phone shows on its first screen) and above the results, since the word also found meetings.
  var pageOffer = document.createElement('p');
  pageOffer.id = 'sok-sida';
  pageOffer.className = 'search-suggestion';
  pageOffer.hidden = true;
  var pages = {};
  try {
    pages = JSON.parse(element.getAttribute('data-pages') || '{}') || {};
  } catch (e) {
    // A page without them offers no pages.
  }
  var PAGE_WORDS = [
    ['grupp', 'Gruppen ', 'Möten, beslut och åtgärder i '],
    ['projekt', 'Projektet ', 'Beslut, åtgärder och möten om '],
  ];
  function offerPages(word) {
    PAGE_WORDS.forEach(function (words) {
      (pages[words[0]] || []).forEach(function (page) {
        var name = page.names[0];
        var named = page.names.some(function (spelt) {
          return folded(spelt) === word;
        });
        if (!named) return;
        if (pageOffer.firstChild) pageOffer.appendChild(document.createElement('br'));
        var link = document.createElement('a');
        link.href = page.url;
        link.textContent = words[2] + name;
        pageOffer.appendChild(document.createTextNode(words[1] + name + ' har en egen sida: '));
        pageOffer.appendChild(link);
        suggestionText += '. ' + words[1] + name + ' har en egen sida: ' + link.textContent;
      });
    });
  }
  function suggest(typed) {
    suggestion.hidden = true;
    suggestion.textContent = '';
    pageOffer.hidden = true;
    pageOffer.textContent = '';
    suggestionText = '';
    if (!typed) return;
    var word = folded(typed);
    offerPages(word);
    pageOffer.hidden = !pageOffer.firstChild;
    if (!filterValues) return;
    var found = [];
    [
      ['person', 'Personen ', ' var med'],
      ['organisation', 'Organisationen ', ' var med'],
    ].forEach(function (kind) {
      var values = filterValues[kind[0]] || {};
      var other = aliases[kind[0]] || {};
      var byName = {};
      Object.keys(values)
        .concat(Object.keys(other))
        .forEach(function (spelt) {
          var name = Object.prototype.hasOwnProperty.call(values, spelt) ? spelt : other[spelt];
          if (!Object.prototype.hasOwnProperty.call(values, name)) return;
          var whole = folded(spelt) === word;
          // One word ("Tinz") names a person by first or last name, when few are called so.
          var part = kind[0] === 'person' && word.length >= 3 && word.indexOf(' ') === -1 && folded(spelt).split(/[\s-]+/).indexOf(word) !== -1;
          if (!whole && !part) return;
          // A name and its alias ("Ivan" in both) offer the person once.
          if (byName[name]) byName[name].whole = byName[name].whole || whole;
          else found.push((byName[name] = { filter: kind[0], label: kind[1], what: kind[2], name: name, count: values[name], whole: whole }));
        });
    });
    var exact = found.filter(function (f) {
      return f.whole;
    });
    if (exact.length > 0) found = exact;
    if (found.length === 0 || found.length > 3) return;
    found.forEach(function (f, i) {
      if (i > 0) suggestion.appendChild(document.createElement('br'));
      var link = document.createElement('a');
      link.href = '?' + new URLSearchParams([[f.filter, f.name]]).toString();
      link.textContent = (f.count === 1 ? 'Visa mötet där ' : 'Visa de ' + f.count + ' möten där ') + (f.filter === 'organisation' ? 'någon från ' : '') + f.name + f.what;
      suggestion.appendChild(document.createTextNode(f.label + f.name + ' finns i protokollen: '));
      suggestion.appendChild(link);
      suggestionText += '. ' + f.label + f.name + ' finns i protokollen: ' + link.textContent;
    });
    suggestion.hidden = false;
  }
  // Above Pagefind's own message and results, wherever its interface puts them. Each result's title is a
  // heading, so that screen reader users can move from result to result.
  new MutationObserver(function () {
    var area = element.querySelector('.pagefind-ui__results-area');
    if (area && area.firstChild !== suggestion) area.insertBefore(suggestion, area.firstChild);
    // The sort order belongs to the results: after the search field in reading and tab order, not before it.
    if (area && sortLinks && sortLinks.previousSibling !== suggestion) area.insertBefore(sortLinks, suggestion.nextSibling);
    var before = sortLinks || suggestion;
    if (area && failure.previousSibling !== before) area.insertBefore(failure, before.nextSibling);
    var message = area && area.querySelector(':scope > .pagefind-ui__message');
    if (message && message.nextSibling !== pageOffer) area.insertBefore(pageOffer, message.nextSibling);
    element.querySelectorAll('.pagefind-ui__result-inner > .pagefind-ui__result-title:not([role])').forEach(function (title) {
      title.setAttribute('role', 'heading');
      title.setAttribute('aria-level', '2');
    });
    focusFirstMore();
    sortFilterValues();
    nameFilterGroups();
  }).observe(element, { childList: true, subtree: true });

  // Each filter's choices are a group that screen readers name by its hidden legend, which Pagefind's interface
  // gives the filter's key as it is ("grupp"), where the heading shown says "Grupp": the legend says it so too.
  // Only the words change: the filter's key, and the ?grupp= of the address, stay as they are.
  function nameFilterGroups() {
    element.querySelectorAll('legend.pagefind-ui__filter-group-label').forEach(function (legend) {
      var key = legend.textContent;
      var name = key.charAt(0).toLocaleUpperCase('sv') + key.slice(1);
      if (name !== key) legend.textContent = name;
    });
  }

  // "Visa fler träffar" adds results above itself and keeps the focus: a keyboard or screen reader user was left
  // below the new results, with nothing said, and Tab went on to the footer. The focus moves to the first new one.
  var firstMore = -1;
  element.addEventListener(
    'click',
    function (event) {
      if (event.target.closest && event.target.closest('.pagefind-ui__button')) firstMore = element.querySelectorAll('.pagefind-ui__results > .pagefind-ui__result').length;
    },
    true,
  );
  function focusFirstMore() {
    if (firstMore < 0) return;
    // Each result shows its link once its data has loaded.
    var result = element.querySelectorAll('.pagefind-ui__results > .pagefind-ui__result')[firstMore];
    var link = result && result.querySelector('.pagefind-ui__result-title .pagefind-ui__result-link');
    if (!link) return;
    firstMore = -1;
    link.focus();
  }

  // Pagefind lists each filter's choices by their bytes: Ängla before Åke, IT-gruppen before Innovationsgruppen,
  // Grupp 10 before Grupp 2. They are put in Swedish alphabetical order, as on the site's own lists, whenever
  // its interface has added or moved any (each stays in its list, where Pagefind's interface finds it).
  var swedish = new Intl.Collator('sv', { numeric: true });
  // People by surname, then first name, as the people page lists them (src/util/collate.ts: the surname is the
  // name's last word). Only the order changes: the values, and the ?person= links that name them, stay the names.
  function surname(name) {
    var words = name.trim().split(/\s+/);
    return words[words.length - 1];
  }
  var orderOf = {
    person: function (a, b) {
      return swedish.compare(surname(a), surname(b)) || swedish.compare(a, b);
    },
  };
  function sortFilterValues() {
    element.querySelectorAll('.pagefind-ui__filter-group').forEach(function (group) {
      var choices = Array.prototype.filter.call(group.children, function (child) {
        return child.classList.contains('pagefind-ui__filter-value');
      });
      var valueOf = function (choice) {
        var box = choice.querySelector('input');
        return box ? box.value : '';
      };
      var first = choices[0] && choices[0].querySelector('input');
      var compare = (first && orderOf[first.name]) || swedish.compare;
      var sorted = choices.slice().sort(function (a, b) {
        return compare(valueOf(a), valueOf(b));
      });
      if (
        sorted.every(function (choice, i) {
          return choice === choices[i];
        })
      )
        return;
      // The choice with the focus stays where it is and the others are put around it: a checkbox moved loses the
      // focus, and a screen reader hears it leave and come back after every tick of a box in this filter.
      var still = sorted.filter(function (choice) {
        return choice.contains(document.activeElement);
      })[0];
      var at = still ? sorted.indexOf(still) : sorted.length;
      sorted.slice(0, at).forEach(function (choice) {
        group.insertBefore(choice, still || null);
      });
      sorted
        .slice(at + 1)
        .reverse()
        .forEach(function (choice) {
          group.insertBefore(choice, still.nextSibling);
        });
    });
  }
  // Again, when a search is asked for after some could not be fetched. Only the last load asked for counts: an
  // earlier one, which a Pagefind discarded since failed, ended while the next still loaded them, and a search begun
  // then was taken as having every filter (not done again once they came), its filters a few groups' only.
  var filtersLoad = 0;
  function loadFilters() {
    var load = ++filtersLoad;
    function last() {
      return load === filtersLoad;
    }
    filtersLost = false;
    filtersLoaded = false;
    pagefind()
      .then(
        function () {
          return window.minutesPagefind().then(function (pagefind) {
            return pagefind.filters();
          });
        },
        function (error) {
          if (last()) {
            broken = true;
            showBusy();
          }
          throw error;
        },
      )
      .then(function (values) {
        if (!last()) return;
        filterValues = values;
        if (input) suggest(input.value);
      })
      .catch(function () {})
      .then(function () {
        if (!last()) return;
        searchWithEveryFilter();
        if (listLost) listFiltered();
      });
  }
  loadFilters();
  // Pagefind counts a search's choices only in the filter files it has by then, and its interface keeps the
  // filters of the first search that had any: a search done before all had come (a slow connection, a busy phone)
  // offered some filters only, or every choice of the whole site with the site's counts, until the next search.
  // A search done before they came, preset or typed, is done again once they have: its results are not held back
  // (at 10,000 minutes the filter files are about a megabyte, seconds on a slow connection), and its filters and
  // counts become its own.
  var filtersLoaded = false;
  var searchedEarly = false;
  function searchWithEveryFilter() {
    filtersLoaded = true;
    // Not a search said to have failed: the filter files were not what it lacked, and its message went away until it
    // failed again.
    if (searchedEarly && failure.hidden && input && input.value.trim()) searchAgain();
    else showBusy();
  }
  // The same word and boxes, as a new selection of filters: Pagefind's interface searches again.
  function searchAgain() {
    askSearch();
    ui.triggerFilters(filtersIn(params));
  }

  // The address and the page title follow the typed word, so that Back from a result returns to the same search.
  function showTerm(term) {
    var typed = term.trim();
    // A new search is no longer the one whose further results were asked for.
    firstMore = -1;
    suggest(typed);
    if (listing) listing.hidden = typed !== '' || !listing.firstChild;
    updateSortLinks(typed);
    var next = new URLSearchParams(window.location.search);
    if (typed) next.set('q', typed);
    else next.delete('q');
    var query = next.toString();
    window.history.replaceState(window.history.state, '', query ? '?' + query : window.location.pathname);
    document.title = typed ? typed + ' – ' + originalTitle : originalTitle;
    if (!typed) announce(listing && listing.firstChild ? listing.firstChild.textContent : '');
  }
  // Pagefind does not pass an emptied field on: deleting the word, or Rensa, brings back the preset list. Heard on the
  // way to the field (whichever Pagefind's interface made it), before the interface shows anything of the word: the
  // page is changed by then, as a search asked for.
  element.addEventListener(
    'input',
    function (event) {
      if (event.target !== input) return;
      askSearch();
      if (input.value.trim() === '') showTerm('');
    },
    true,
  );
  element.addEventListener('click', function (event) {
    if (input && event.target.closest && event.target.closest('.pagefind-ui__search-clear')) cleared();
  });
  function cleared() {
    // The field is empty now: no failure of the word's search is shown beside the preset list.
    showBusy();
    showTerm('');
    input.focus();
  }
  // Escape empties the field as Rensa does (Pagefind's interface), and, as Rensa, brings back the address, the
  // title and the preset list, and keeps the focus in the field (Pagefind's moved it to the page's start).
  // Heard before Pagefind's own handler, while the field still has the word.
  if (input) {
    element.addEventListener(
      'keydown',
      function (event) {
        if (event.target !== input || input.value === '') return;
        // Enter does again a search said to have failed (Pagefind's interface searches as words are typed, and does
        // nothing on Enter); one that could not be done loads Pagefind again.
        if (event.key === 'Enter' && !failure.hidden) {
          if (broken) askSearch();
          else searchAgain();
        }
        if (event.key !== 'Escape') return;
        askSearch('');
        // After Pagefind's handler, which moves the focus away.
        setTimeout(cleared, 0);
      },
      true,
    );
  }

  // The address follows the ticked filters too, so that Back from a result and a change of sort order keep them.
  var ADDRESS = {};
  Object.keys(FILTERS).forEach(function (name) {
    ADDRESS[FILTERS[name]] = name;
  });
  element.addEventListener('change', function (event) {
    var box = event.target;
    if (!box || !box.classList || !box.classList.contains('pagefind-ui__filter-checkbox')) return;
    // Pagefind searches again with the boxes ticked, when there is a word.
    askSearch();
    var next = new URLSearchParams(window.location.search);
    Object.keys(FILTERS).forEach(function (name) {
      next.delete(name);
    });
    element.querySelectorAll('input.pagefind-ui__filter-checkbox:checked').forEach(function (checked) {
      if (ADDRESS[checked.name]) next.append(ADDRESS[checked.name], checked.value);
    });
    params = next;
    var query = next.toString();
    window.history.replaceState(window.history.state, '', query ? '?' + query : window.location.pathname);
    updateSortLinks(input ? input.value : '');
  });

  // Keep the current filters and term when switching the sort order; sorting is offered once there is a term.
  function updateSortLinks(typed) {
    showSortLinks(typed);
    ['sortera-relevans', 'sortera-datum'].forEach(function (id) {
      var link = document.getElementById(id);
      if (!link) return;
      var next = new URLSearchParams(params);
      if (typed.trim()) next.set('q', typed.trim());
      else next.delete('q');
      if (id === 'sortera-datum') next.set('sortera', 'datum');
      else next.delete('sortera');
      // The order in use is marked, and is no link to the page itself.
      if ((id === 'sortera-datum') === byDate) {
        link.setAttribute('aria-current', 'true');
        link.removeAttribute('href');
      } else link.setAttribute('href', '?' + next.toString());
    });
  }

  function showSortLinks(typed) {
    if (sortLinks) sortLinks.hidden = typed.trim() === '' || !failure.hidden;
  }

  // Pagefind's interface shows nothing until a word is typed; a preset filter alone (a link from a person's,
  // group's, project's or organisation's page) lists its meetings here, newest first.
  var DESCRIBE = { grupp: 'i ', person: 'där ', projekt: 'om ', organisation: 'med ', 'År': 'från ' };
  var SUFFIX = { person: ' var med', organisation: ' närvarande' };
  var SHOWN = 50;
  function listFiltered() {
    if (!listing) return;
    var what = Object.keys(filters)
      .map(function (name) {
        return filters[name]
          .map(function (v) {
            return DESCRIBE[name] + v + (SUFFIX[name] || '');
          })
          .join(' eller ');
      })
      .join(' och ');
    listLost = false;
    var attempt = ++listAttempts;
    pagefind()
      .then(function (pagefind) {
        var lostBefore = lostFetches;
        return pagefind.search(null, { filters: filters, sort: { datum: 'desc' } }).then(function (found) {
          // Without a filter file, "Inga protokoll där …" would be false: the list cannot be shown.
          if (lostFetches !== lostBefore) throw new Error('A file of the search index could not be fetched');
          return Promise.all(
            found.results.slice(0, SHOWN).map(function (r) {
              return r.data();
            }),
          ).then(function (pages) {
            // Loaded again (see retryList): in place of the failure.
            var refocus = listing.contains(document.activeElement);
            listing.textContent = '';
            listing.removeAttribute('aria-busy');
            var heading = document.createElement('h2');
            var count = found.results.length;
            heading.textContent = (count === 0 ? 'Inga protokoll ' : count === 1 ? '1 protokoll ' : count + ' protokoll ') + what;
            listing.appendChild(heading);
            if (!input || input.value.trim() === '') announce(heading.textContent);
            if (count > SHOWN) {
              var more = document.createElement('p');
              more.textContent = 'Här visas de ' + SHOWN + ' senaste. Skriv ett sökord ovan för att söka bland alla.';
              listing.appendChild(more);
            } else {
              // A name typed into the address by hand may be spelt otherwise than in the registers.
              var hint = document.createElement('p');
              hint.textContent = count > 0 ? 'Skriv ett sökord ovan för att söka i texten.' : 'Kontrollera stavningen i adressen, eller skriv ett sökord ovan.';
              listing.appendChild(hint);
            }
            var list = document.createElement('ul');
            pages.forEach(function (page) {
              var item = document.createElement('li');
              var link = document.createElement('a');
              link.href = page.url;
              link.textContent = (page.meta && page.meta.title) || page.url;
              item.appendChild(link);
              list.appendChild(item);
            });
            if (count > 0) listing.appendChild(list);
            // A word typed meanwhile keeps the list out of the way until it is cleared.
            listing.hidden = !!(input && input.value.trim());
            // The focus was on Försök igen, now gone: it goes to what came in its place.
            if (refocus) {
              heading.tabIndex = -1;
              heading.focus();
            }
          });
        });
      })
      .catch(function () {
        listLost = true;
        return elsewhere().then(function (way) {
          // Loaded again meanwhile.
          if (attempt === listAttempts) listFailed(what, way);
        });
      });
  }
  var listAttempts = 0;
  // A word typed cannot be searched for either: the reader is led to where the same meetings are without search.
  function listFailed(what, way) {
    var notice = document.createElement('p');
    notice.className = 'notice';
    notice.appendChild(document.createTextNode('Protokollen ' + what + ' kunde inte hämtas. Försök igen senare, eller hitta dem ' + way.words));
    var link = document.createElement('a');
    link.href = way.href;
    link.textContent = way.text;
    notice.appendChild(link);
    notice.appendChild(document.createTextNode('.'));
    // The reader came for the list, and has no search to ask for again: it is loaded again on asking (and with
    // Pagefind or its filter files, when a search loads them again).
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Försök igen';
    retry.addEventListener('click', retryList);
    var refocus = listing.contains(document.activeElement);
    listing.textContent = '';
    listing.removeAttribute('aria-busy');
    listing.appendChild(notice);
    listing.appendChild(retry);
    // Under a word, the search's own failure says it (#sok-fel); the list is said once the word is cleared.
    listing.hidden = !!(input && input.value.trim());
    if (!listing.hidden) announce(notice.textContent);
    if (refocus) retry.focus();
  }
  var listLost = false; // a preset filter's list could not be loaded: it is loaded again with Pagefind or its filters
  // Försök igen under it: Pagefind, or its filter files, are loaded again, and the list with them.
  function retryList() {
    if (listing.getAttribute('aria-busy') === 'true') return;
    listing.setAttribute('aria-busy', 'true');
    // Said again, should it fail again.
    announce('');
    if (broken) reload();
    else if (filtersLost) loadFilters();
    else listFiltered();
  }
  // Where a preset filter's meetings are without search: the page of the one group, project, person or organisation
  // filtered on, else the list of people, of organisations, or of groups. This page has the groups' and the projects'
  // addresses; a person's or an organisation's is on the list of them, fetched then (one made from the name could be
  // wrong), and the list it is when that cannot be fetched or does not have the name.
  var LISTS = { person: ['personer/', 'personerna'], organisation: ['organisationer/', 'organisationerna'] };
  function elsewhere() {
    var names = Object.keys(filters);
    var kind = names.length === 1 && filters[names[0]].length === 1 ? names[0] : '';
    var name = kind ? filters[kind][0] : '';
    var own = function (href) {
      return { words: 'på ', href: href, text: 'sidan om ' + name };
    };
    var page = (pages[kind] || []).filter(function (p) {
      return p.names[0].replace(/[<>]/g, '') === name;
    })[0];
    if (page) return Promise.resolve(own(page.url));
    var list = LISTS[kind] || ['grupper/', 'grupperna'];
    var listed = siteBase + list[0];
    var way = { words: 'via ', href: listed, text: list[1] };
    if (!LISTS[kind]) return Promise.resolve(way);
    return fetch(listed)
      .then(function (response) {
        if (!response.ok) throw new Error('The list of ' + list[1] + ' could not be fetched');
        return response.text();
      })
      .then(function (html) {
        var links = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('main a[href]');
        var named = Array.prototype.filter.call(links, function (a) {
          var href = a.getAttribute('href');
          return href.indexOf(listed) === 0 && href !== listed && a.textContent.trim().replace(/[<>]/g, '') === name;
        })[0];
        return named ? own(named.getAttribute('href')) : way;
      })
      .catch(function () {
        return way;
      });
  }

  // The filtered list is built even under a preset word, so that clearing the word shows it.
  if (Object.keys(filters).length > 0) listFiltered();
  if (presetTerm) {
    ui.triggerSearch(presetTerm);
    askSearch(presetTerm);
  }
  updateSortLinks(presetTerm);
})();
