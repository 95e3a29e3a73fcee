// Pagefind as its interface imports it (search.js gives the interface the bundle path `assets/search-`): what the
// interface asks of Pagefind is done by the one search.js has loaded, once it has. Importing pagefind.js itself, the
// interface never tried again once that had failed, but waited for it every 50 ms for as long as the page was open,
// and its failure was an unhandled rejection. This module is there at once; what is asked of it waits while Pagefind
// cannot be loaded, until a later try of search.js's loads it (see reload there), and while search.js discards one
// that lacked its meta file (see minutesPagefindCall there).
function passedOn(name) {
  return function () {
    return window.minutesPagefindCall(name, Array.prototype.slice.call(arguments));
  };
}
// The interface waits for these before it searches: they are passed on, not waited for.
function passedOnAtOnce(name) {
  var passOn = passedOn(name);
  return function () {
    passOn.apply(null, arguments);
    return Promise.resolve();
  };
}
export var options = passedOnAtOnce('options');
export var mergeIndex = passedOnAtOnce('mergeIndex');
export var init = passedOn('init');
export var filters = passedOn('filters');
export var preload = passedOn('preload');
export var search = passedOn('search');
export var debouncedSearch = passedOn('debouncedSearch');
// The Pagefind is search.js's, which ends it and starts it anew itself (see restart there).
export function destroy() {
  return Promise.resolve();
}
