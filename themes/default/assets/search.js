/*
 * The site's search, on /search/ only. CouncilSite's own script, with no library: it loads the
 * index the build wrote (search/index/*.js, classic scripts that call CouncilSearch.add, so it
 * works opened from disk as well as from a host), finds the words typed and shows the results.
 * Words are folded here exactly as SearchLanguage.Fold folds them in the build: keep the two alike.
 * Every text of the site is put into the page with textContent, never as HTML.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form || !('Promise' in window) || !('URLSearchParams' in window)) {
    return;
  }

  var PAGE_SIZE = 10;
  var DEBOUNCE_MS = 150;
  var LONGEST_WORD = 40;
  var MOST_COMPLETIONS = 200;
  var MOST_COMPLETION_CHUNKS = 2;
  var KIND_WEIGHT = { decisions: 1.15 };
  var SEARCHING_AFTER_MS = 300;
  var LOAD_TIMEOUT_MS = 10000;
  var LETTER = /[\p{L}\p{Nd}]/u;
  var MARK = /\p{M}/u;

  var input = document.getElementById('search-q');
  var filters = {
    kind: document.getElementById('search-kind'),
    committee: document.getElementById('search-committee'),
    year: document.getElementById('search-year')
  };
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var aToZ = document.getElementById('search-a-z');
  var indexUrl = form.getAttribute('data-index');
  var base = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  var version = form.getAttribute('data-version');

  // The index's files: each is loaded once, by a <script> element, and hands its data to add().
  var files = new Map();
  function file(name) {
    var f = files.get(name);
    if (!f) {
      f = {};
      f.promise = new Promise(function (resolve, reject) { f.resolve = resolve; f.reject = reject; });
      files.set(name, f);
    }
    return f;
  }
  window.CouncilSearch = Object.freeze({
    add: function (name, data) { var f = file(String(name)); f.added = true; f.resolve(data); },
    words: function (text) { return fold(String(text)).map(function (w) { return w.word; }); }
  });
  // A file that fails to load, or runs without registering (a syntax error, a host's error page
  // served as the file), fails the search at once; one that gives no sign at all, after a while.
  function load(name) {
    var f = file(name);
    if (!f.requested) {
      f.requested = true;
      var unregistered = function () {
        if (!f.added && files.get(name) === f) { files.delete(name); f.reject(new Error(name)); }
      };
      var script = document.createElement('script');
      script.src = base + name + '.js?v=' + encodeURIComponent(version);
      script.onerror = unregistered;
      script.onload = unregistered;
      setTimeout(unregistered, LOAD_TIMEOUT_MS);
      document.head.appendChild(script);
    }
    return f.promise;
  }

  /* Folding: lowercase, accents off, ligatures and other compatibility forms to plain letters ("ﬁ" is "fi"), possessive 's and apostrophes dropped, thousands joined. */
  function isAsciiLetterOrDigit(c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  function isDigit(c) { return c >= '0' && c <= '9'; }
  function isLetterOrDigit(c) { return c !== undefined && LETTER.test(c); }
  function isApostrophe(c) { return c === "'" || c === '\u2019' || c === '\u02BC'; }

  // Each word with where it stands in the text: [{ word, start, end }].
  function fold(text) {
    var words = [];
    var word = '';
    var start = -1;
    function end(at) {
      if (word.length > 0) {
        words.push({ word: word, start: start, end: at });
      }
      word = '';
      start = -1;
    }
    function append(c, at) {
      if (start < 0) { start = at; }
      if (word.length < LONGEST_WORD) { word += c; }
    }
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var code = c.charCodeAt(0);
      if (code < 128) {
        if (isAsciiLetterOrDigit(c)) { append(c.toLowerCase(), i); continue; }
        if (c === "'" && word.length > 0 && joins(text, i)) { i = joinedTo(text, i); continue; }
        if (c === ',' && word.length > 0 && isDigit(word[word.length - 1]) && isDigit(text[i + 1])) { continue; }
      } else if (isApostrophe(c)) {
        if (word.length > 0 && joins(text, i)) { i = joinedTo(text, i); continue; }
      } else if (MARK.test(c)) {
        continue;
      } else if (isLetterOrDigit(c)) {
        var lower = c.toLowerCase().normalize('NFKD');
        for (var k = 0; k < lower.length; k++) {
          if (lower.length === 1 || isLetterOrDigit(lower[k])) { append(lower[k], i); }
        }
        continue;
      }
      end(i);
    }
    end(text.length);
    return words;
  }
  function joins(text, at) { return isLetterOrDigit(text[at + 1]); }
  function joinedTo(text, at) {
    var s = text[at + 1];
    return (s === 's' || s === 'S') && !isLetterOrDigit(text[at + 2]) ? at + 1 : at;
  }

  /* Finding words: the chunk a word falls in is the last whose key sorts at or before it. */
  function chunkOf(manifest, word) {
    var keys = manifest.chunks;
    var lo = 0;
    var hi = keys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (keys[mid] <= word) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }
  function lowerBound(words, word) {
    var lo = 0;
    var hi = words.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (words[mid] < word) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }
  // The typed word and the forms the language's endings give ("areas", "area").
  function forms(manifest, word) {
    var found = [word];
    manifest.endings.forEach(function (ending) {
      var parts = ending.split(':');
      var cut = parts[0];
      if (word.length > cut.length + 2 && word.slice(-cut.length) === cut) {
        found.push(word.slice(0, -cut.length) + (parts[1] || ''));
      }
    });
    return found;
  }

  // What the typed words need loading: for each, its forms' chunks and, for the word being typed, the chunks of the words it starts.
  function plan(manifest, words, completeLast) {
    return words.map(function (word, n) {
      var chunks = forms(manifest, word).map(function (f) { return { form: f, chunk: chunkOf(manifest, f) }; });
      var complete = null;
      if (completeLast && n === words.length - 1) {
        var first = chunkOf(manifest, word);
        var last = chunkOf(manifest, word + '\uffff');
        if (last - first < MOST_COMPLETION_CHUNKS) { complete = { first: first, last: last }; }
      }
      return { word: word, forms: chunks, complete: complete };
    });
  }
  function chunksOf(plans) {
    var names = new Set();
    plans.forEach(function (p) {
      p.forms.forEach(function (f) { names.add(f.chunk); });
      if (p.complete) {
        for (var c = p.complete.first; c <= p.complete.last; c++) { names.add(c); }
      }
    });
    return Array.from(names);
  }

  // One typed word's documents and weights, and the site's words it matched (to mark them).
  function match(manifest, chunks, p) {
    var stems = new Map();
    var marks = new Set();
    function take(chunkNo, at, share) {
      var chunk = chunks.get(chunkNo);
      var stem = chunk.s[at];
      var key = chunkNo + ':' + stem;
      if (!stems.has(key) || stems.get(key).share < share) {
        stems.set(key, { postings: chunk.p[stem], share: share });
      }
      for (var i = 0; i < chunk.w.length; i++) {
        if (chunk.s[i] === stem) { marks.add(chunk.w[i]); }
      }
      // The words the site writes that stand for this one (Welsh "gyngor" for "cyngor"), listed by the build.
      if (chunk.m) { chunk.m[stem].forEach(function (w) { marks.add(w); }); }
    }
    for (var f = 0; f < p.forms.length; f++) {
      var form = p.forms[f];
      var chunk = chunks.get(form.chunk);
      var at = lowerBound(chunk.w, form.form);
      if (chunk.w[at] === form.form) { take(form.chunk, at, 1); break; }
    }
    if (p.complete) {
      var taken = 0;
      for (var c = p.complete.first; c <= p.complete.last && taken < MOST_COMPLETIONS; c++) {
        var words = chunks.get(c).w;
        for (var i = lowerBound(words, p.word); i < words.length && words[i].lastIndexOf(p.word, 0) === 0 && taken < MOST_COMPLETIONS; i++) {
          take(c, i, 0.7);
          taken++;
        }
      }
    }
    var scores = new Map();
    var total = manifest.documents;
    stems.forEach(function (s) {
      var postings = s.postings;
      var idf = Math.log(1 + (total - postings.length + 0.5) / (postings.length + 0.5));
      var doc = 0;
      for (var i = 0; i < postings.length; i++) {
        var v = postings[i];
        doc += Math.floor(v / 64);
        var score = idf * (v % 64) / 12 * s.share;
        var had = scores.get(doc);
        if (had === undefined || had < score) { scores.set(doc, score); }
      }
    });
    return { scores: scores, marks: marks };
  }

  /* Filters and ranking read the manifest's groups: runs of document numbers sharing kind, committee and year. */
  function groupOf(manifest, doc) {
    var groups = manifest.groups;
    var lo = 0;
    var hi = groups.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (groups[mid][3] <= doc) { lo = mid; } else { hi = mid - 1; }
    }
    return groups[lo];
  }
  function allowed(manifest, chosen) {
    var kind = manifest.kinds.indexOf(chosen.kind);
    var committee = -1;
    manifest.committees.forEach(function (c, i) { if (c[0] === chosen.committee) { committee = i; } });
    var year = parseInt(chosen.year, 10);
    return function (group) {
      return (!chosen.kind || group[0] === kind) &&
        (!chosen.committee || group[1] === committee) &&
        (!chosen.year || group[2] === year);
    };
  }
  function latestYear(manifest) {
    return manifest.groups.reduce(function (most, g) { return Math.max(most, g[2]); }, 0);
  }

  function rank(manifest, matches, chosen) {
    var passes = allowed(manifest, chosen);
    var latest = latestYear(manifest);
    var combine = function (all) {
      var scores = new Map();
      matches[0].scores.forEach(function (score, doc) {
        var sum = score;
        for (var i = 1; i < matches.length; i++) {
          var other = matches[i].scores.get(doc);
          if (other === undefined) {
            if (all) { return; }
          } else {
            sum += other;
          }
        }
        scores.set(doc, sum);
      });
      if (!all) {
        for (var i = 1; i < matches.length; i++) {
          matches[i].scores.forEach(function (score, doc) { if (!scores.has(doc)) { scores.set(doc, score); } });
        }
      }
      return scores;
    };
    var scores = combine(true);
    if (scores.size === 0 && matches.length > 1) { scores = combine(false); }
    var results = [];
    scores.forEach(function (score, doc) {
      var group = groupOf(manifest, doc);
      if (!passes(group)) { return; }
      var weight = KIND_WEIGHT[manifest.kinds[group[0]]] || 1;
      var recency = group[2] > 0 ? 1 + 0.15 * Math.max(0, 1 - (latest - group[2]) / 10) : 1;
      results.push({ doc: doc, score: score * weight * recency, group: group });
    });
    results.sort(byScore);
    return mixed(results);
  }
  function byScore(a, b) { return b.score - a.score || a.doc - b.doc; }
  // Each further result of a kind already listed counts less (a half, a third ... less), so one
  // kind's many near-alike results (a payment named in every "Finance" decision) do not push a
  // better answer of another kind (the spending data) off the first page. Within a kind the order stays.
  function mixed(results) {
    var byKind = new Map();
    results.forEach(function (r) {
      if (!byKind.has(r.group[0])) { byKind.set(r.group[0], []); }
      byKind.get(r.group[0]).push(r);
    });
    var queues = Array.from(byKind.values()).map(function (list) { return { list: list, next: 0 }; });
    var out = [];
    while (out.length < results.length) {
      var best = null;
      var bestScore = 0;
      queues.forEach(function (q) {
        if (q.next < q.list.length) {
          var head = q.list[q.next];
          var score = head.score / (1 + q.next / 2);
          if (best === null || score > bestScore || (score === bestScore && head.doc < best.list[best.next].doc)) { best = q; bestScore = score; }
        }
      });
      out.push(best.list[best.next++]);
    }
    return out;
  }

  /* Showing results. */
  function say(template, values) {
    return template.replace(/\{(count|query)\}/g, function (_, name) { return values[name]; });
  }
  function marked(parent, text, marks) {
    var at = 0;
    fold(text).forEach(function (w) {
      if (marks.has(w.word)) {
        parent.appendChild(document.createTextNode(text.slice(at, w.start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(w.start, w.end);
        parent.appendChild(mark);
        at = w.end;
      }
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }
  // About 220 characters of the text around the place where most of the different words found
  // stand close together (the first such place), cut at spaces; its start when none is found.
  function excerpt(text, marks) {
    var found = fold(text).filter(function (w) { return marks.has(w.word); });
    var first = null;
    var most = 0;
    for (var i = 0; i < found.length; i++) {
      var near = new Set();
      for (var j = i; j < found.length && found[j].end - found[i].start <= 150; j++) { near.add(found[j].word); }
      if (near.size > most) { most = near.size; first = found[i]; }
    }
    var from = first ? Math.max(0, first.start - 70) : 0;
    if (from > 0) {
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < first.start ? space + 1 : from;
    }
    var to = Math.min(text.length, from + 220);
    if (to < text.length) {
      var back = text.lastIndexOf(' ', to);
      to = back > from + 100 ? back : to;
    }
    return (from > 0 ? '… ' : '') + text.slice(from, to) + (to < text.length ? ' …' : '');
  }
  function optionText(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { return select.options[i].textContent; }
    }
    return '';
  }
  function item(manifest, result, details, marks) {
    var title = details[0];
    var li = document.createElement('li');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = details[1];
    marked(link, title, marks);
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'search-result__meta';
    var committee = result.group[1] >= 0 ? manifest.committees[result.group[1]][1] : '';
    [optionText(filters.kind, manifest.kinds[result.group[0]]), details[2], committee].forEach(function (part) {
      if (part) {
        var span = document.createElement('span');
        span.textContent = part;
        meta.appendChild(span);
      }
    });
    li.appendChild(meta);
    if (details[3]) {
      var context = document.createElement('p');
      context.className = 'search-result__context';
      context.textContent = details[3];
      li.appendChild(context);
    }
    if (details[4]) {
      var text = document.createElement('p');
      text.className = 'search-result__text';
      marked(text, excerpt(details[4], marks), marks);
      li.appendChild(text);
    }
    return li;
  }

  var current = { serial: 0, results: [], shown: 0, marks: new Set(), manifest: null };

  // The page to show is taken at once, and the button waits, so a second press never shows the same page again.
  function showMore(focus) {
    var state = current;
    var from = state.shown;
    var page = state.results.slice(from, from + PAGE_SIZE);
    state.shown += page.length;
    more.disabled = true;
    var shard = state.manifest.shard;
    var names = Array.from(new Set(page.map(function (r) { return Math.floor(r.doc / shard); })));
    return Promise.all(names.map(function (n) { return load('results-' + n); })).then(function (shards) {
      if (state !== current) { return; }
      more.disabled = false;
      var byName = new Map(names.map(function (n, i) { return [n, shards[i]]; }));
      var firstNew = null;
      page.forEach(function (r) {
        var details = byName.get(Math.floor(r.doc / shard))[r.doc % shard];
        var li = item(state.manifest, r, details, state.marks);
        firstNew = firstNew || li;
        list.appendChild(li);
      });
      more.hidden = state.shown >= state.results.length;
      if (focus && firstNew) { firstNew.querySelector('a').focus(); }
    }, function (error) {
      if (state === current) {
        state.shown = from;
        more.disabled = false;
      }
      throw error;
    });
  }

  function chosen() {
    return { kind: filters.kind.value, committee: filters.committee.value, year: filters.year.value };
  }

  function updateAddress(query, choice) {
    var params = new URLSearchParams();
    if (query) { params.set('q', query); }
    Object.keys(choice).forEach(function (k) { if (choice[k]) { params.set(k, choice[k]); } });
    var search = params.toString();
    try {
      history.replaceState(null, '', search ? '?' + search : location.pathname);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from disk: the search still works.
    }
  }

  // The last word is completed as typed ("allot" finds "allotment") unless a space follows it.
  function run() {
    var query = input.value.trim();
    var choice = chosen();
    updateAddress(query, choice);
    var serial = ++current.serial;
    var words = fold(query).map(function (w) { return w.word; });
    if (words.length === 0) {
      current = { serial: serial, results: [], shown: 0, marks: new Set(), manifest: current.manifest };
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      aToZ.hidden = false;
      return Promise.resolve();
    }
    aToZ.hidden = true;
    // On a slow host the chunks take a while: say so, but not for the usual quick search.
    setTimeout(function () {
      if (serial === current.serial && !current.done) { status.textContent = form.getAttribute('data-searching'); }
    }, SEARCHING_AFTER_MS);
    current.done = false;
    return load('manifest').then(function (manifest) {
      var plans = plan(manifest, words, !/\s$/.test(input.value));
      var needed = chunksOf(plans);
      return Promise.all(needed.map(function (c) { return load('words-' + c); })).then(function (loaded) {
        if (serial !== current.serial) { return; }
        var chunks = new Map(needed.map(function (c, i) { return [c, loaded[i]]; }));
        var matches = plans.map(function (p) { return match(manifest, chunks, p); });
        var marks = new Set();
        matches.forEach(function (m) { m.marks.forEach(function (w) { marks.add(w); }); });
        var results = rank(manifest, matches, choice);
        var unfiltered = results.length === 0 ? rank(manifest, matches, {}).length : 0;
        current = { serial: serial, results: results, shown: 0, marks: marks, manifest: manifest, done: false };
        list.replaceChildren();
        more.hidden = true;
        return showMore(false).then(function () {
          if (current.serial !== serial) { return; }
          current.done = true;
          status.textContent = summary(query, results.length, unfiltered);
        });
      });
    }).catch(function () {
      if (serial === current.serial) { failed(); }
    });
  }
  function count(n) { return n.toLocaleString(document.documentElement.lang || undefined); }
  // "No results" would mislead when only the filters chosen hide them: it says so, and how many there are without them.
  function summary(query, n, unfiltered) {
    if (n > 0) { return say(form.getAttribute(n === 1 ? 'data-one' : 'data-other'), { count: count(n), query: query }); }
    if (unfiltered > 0) { return say(form.getAttribute('data-none-filtered'), { count: count(unfiltered), query: query }); }
    return say(form.getAttribute('data-none'), { query: query });
  }
  // The index cannot be read (a file missing or broken on this copy of the site): the A-Z index is the way in.
  function failed() {
    current.done = true;
    status.textContent = form.getAttribute('data-failed');
    list.replaceChildren();
    more.hidden = true;
    aToZ.hidden = false;
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  Object.keys(filters).forEach(function (k) {
    filters[k].addEventListener('change', function () { clearTimeout(timer); run(); });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener('click', function () {
    if (!more.disabled) { showMore(true).catch(failed); }
  });

  // A query in the address (from the header's search box, a shared link, Back) runs at once.
  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  Object.keys(filters).forEach(function (k) {
    var value = params.get(k) || '';
    if (Array.prototype.some.call(filters[k].options, function (o) { return o.value === value; })) {
      filters[k].value = value;
    }
  });
  form.hidden = false;
  document.getElementById('search-needs-script').hidden = true;
  if (input.value.trim()) {
    run();
  } else {
    load('manifest').catch(failed);
  }
})();
