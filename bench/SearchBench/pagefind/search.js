// What Pagefind's own UI does for a query: a debounced search, then the data (title, address,
// excerpt) of the first results, drawn into the same elements as CouncilSite's search page so the
// benchmark reads both alike. Ten results, as CouncilSite's page shows.
import * as pagefind from "../pagefind/pagefind.js";

const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
let latest = 0;

input.addEventListener("input", async () => {
  const query = input.value;
  const mine = ++latest;
  const search = await pagefind.debouncedSearch(query);
  if (search === null || mine !== latest) {
    return;
  }
  const results = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
  if (mine !== latest) {
    return;
  }
  list.replaceChildren(...results.map(result => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    return item;
  }));
  status.textContent = `${search.results.length} results for ${query}`;
});
