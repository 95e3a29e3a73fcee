// Runs Pagefind's web worker (its address in ?pagefind=, given by search.js) and tells the search page of each of
// its fetches that failed (a network error, a status not OK), which Pagefind only logs: a file of the index that
// cannot be fetched would otherwise read as a search that found nothing.
(function () {
  var pagefindWorker = new URL(new URLSearchParams(self.location.search).get('pagefind') || '', self.location.href);
  // Only the site's own: an error here lets Pagefind search on the page instead.
  if (pagefindWorker.origin !== self.location.origin) throw new Error('Pagefind’s worker is not on this site: ' + pagefindWorker.href);
  var fetchFirst = self.fetch;
  if (typeof fetchFirst === 'function') {
    self.fetch = function (request) {
      var told = function () {
        try {
          self.postMessage({ fetchFailed: new URL(String(request && request.url !== undefined ? request.url : request), self.location.href).href });
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
