// Runs Pagefind's web worker (its address in ?pagefind=, given by search.js) and tells the search page of each of
// its fetches that failed (a network error, a status not OK), which Pagefind only logs: a file of the index that
// cannot be fetched would otherwise read as a search that found nothing.
(function () {
  var pagefindWorker = new URL(new URLSearchParams(self.location.search).get('pagefind') || '', self.location.href);
  // Only the site's own: an error here lets Pagefind search on the page instead.
  if (pagefindWorker.origin !== self.location.origin) throw new Error('Pagefind’s worker is not on this site: ' + pagefindWorker.href);
  // The page's search under way (its number, told by search.js before each search's messages to Pagefind): each
  // failed fetch is told with the search it was started in, so that one of an earlier search does not fail a later one.
  var search = 0;
  self.addEventListener('message', function (event) {
    if (!event.data || typeof event.data.search !== 'number') return;
    search = event.data.search;
    // The page's own message: not one for Pagefind's worker, which would answer that it knows no such method.
    event.stopImmediatePropagation();
  });
  var fetchFirst = self.fetch;
  if (typeof fetchFirst === 'function') {
    self.fetch = function (request) {
      var startedIn = search;
      var told = function () {
        try {
          self.postMessage({ fetchFailed: new URL(String(request && request.url !== undefined ? request.url : request), self.location.href).href, search: startedIn });
        } catch (e) {
          // No address: the fetch itself said so.
        }
      };
      return fetchFirst.apply(self, arguments).then(
        function (response) {
          if (!response.ok) told();
          return response;
        },
        function (error) {
          told();
          throw error;
        },
      );
    };
  }
  importScripts(pagefindWorker.href);
})();
