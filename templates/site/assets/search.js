// Client-side search over the index made at build time (assets/search-index.js). Without
// JavaScript the search page shows its A to Z list instead. Results are built with textContent:
// nothing from the index is ever parsed as HTML.
(function () {
  'use strict'
  var form = document.querySelector('form.aqp-search')
  var input = document.getElementById('search-query')
  var status = document.getElementById('search-status')
  var results = document.getElementById('search-results')
  var az = document.getElementById('a-z')
  var index = window.AQP_SEARCH_INDEX || []
  if (!form || !input || !results) return
  var root = form.getAttribute('data-root') || ''

  function words (text) {
    return text.toLowerCase().split(/[^a-z0-9£%.-]+/).filter(function (w) { return w.length > 0 })
  }

  function score (entry, terms) {
    var title = entry.title.toLowerCase()
    var text = (entry.kind + ' ' + entry.text).toLowerCase()
    var total = 0
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0
      if (!inTitle && text.indexOf(terms[i]) < 0) return 0
      total += inTitle ? 10 : 1
    }
    return total
  }

  // About 200 characters around the first match, cut at spaces.
  function snippet (text, terms) {
    var lower = text.toLowerCase()
    var at = terms.length ? lower.indexOf(terms[0]) : -1
    var start = Math.max(0, at - 60)
    if (start > 0) {
      var space = text.indexOf(' ', start)
      if (space >= 0 && space < Math.max(at, start + 20)) start = space + 1
    }
    var end = Math.min(text.length, start + 200)
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end)
      if (last > start + 100) end = last
    }
    return (start > 0 ? '…' : '') + text.substring(start, end) + (end < text.length ? '…' : '')
  }

  function show (query) {
    var terms = words(query)
    while (results.firstChild) results.removeChild(results.firstChild)
    if (terms.length === 0) {
      results.hidden = true
      status.textContent = ''
      if (az) az.hidden = false
      return
    }
    var found = []
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], terms)
      if (s > 0) found.push({ entry: index[i], score: s, order: i })
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order })
    status.textContent = found.length === 0
      ? 'No results for “' + query + '”. Try other words, or browse the A to Z list below.'
      : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + query + '”'
    found.slice(0, 100).forEach(function (f) {
      var li = document.createElement('li')
      li.className = 'aqp-result'
      var link = document.createElement('a')
      link.href = root + f.entry.href
      link.textContent = f.entry.title
      var kind = document.createElement('strong')
      kind.className = 'nhsuk-tag nhsuk-tag--white aqp-result__kind'
      kind.textContent = f.entry.kind
      li.appendChild(link)
      li.appendChild(document.createTextNode(' '))
      li.appendChild(kind)
      if (f.entry.text) {
        var p = document.createElement('p')
        p.className = 'nhsuk-body-s aqp-result__text'
        p.textContent = snippet(f.entry.text, terms)
        li.appendChild(p)
      }
      results.appendChild(li)
    })
    results.hidden = found.length === 0
    if (az) az.hidden = found.length > 0
  }

  var query = new URLSearchParams(window.location.search).get('q') || ''
  input.value = query
  var header = document.getElementById('search-field')
  if (header) header.value = query
  show(query)
  input.addEventListener('input', function () { show(input.value) })
})()
