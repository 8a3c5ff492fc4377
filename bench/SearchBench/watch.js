// Added to every page before its own scripts: tells the benchmark each time the results list or
// the status line changes. The benchmark notes the time on the same clock as the files' arrival,
// which it sees in the browser's network events, its workers' included (Pagefind fetches its
// index from a worker, whose files the page's own timeline never shows).
document.addEventListener("DOMContentLoaded", () => {
  for (const id of ["search-results", "search-status"]) {
    const element = document.getElementById(id);
    if (element) {
      new MutationObserver(() => window.__searchBenchChanged(id)).observe(element, { childList: true, subtree: true, characterData: true });
    }
  }
});
