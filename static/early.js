// Quotes before the app (README: "Before, during and after the WASM"): a tap on a figure opens
// its card, made from the model in the quotes <template> (N.quotes), after its sentence, until the
// app takes over.
(function () {
  // Class and attribute names, written in by the build from src/site.rs `markup`.
  var N = __EARLY_NAMES__;
  var doc = document, live = false;

  function openCard() {
    return doc.querySelector('.' + N.card + '[' + N.early + ']');
  }

  function close(card, refocus) {
    var button = doc.getElementById(card.getAttribute(N.early));
    var paragraph = card.parentNode;
    card.remove();
    // Joins the text split for the card: the paragraph is again as parsed, ready to hydrate.
    paragraph.normalize();
    button.setAttribute('aria-expanded', 'false');
    button.classList.remove(N.open);
    if (refocus) button.focus({ preventScroll: true });
  }

  function open(button) {
    var templ = doc.getElementById(N.quotes);
    var id = button.getAttribute('aria-controls');
    var place = templ && templ.content.querySelector('[' + N.for + '="' + id + '"]');
    var model = templ && templ.content.querySelector('.' + N.card);
    var paragraph = button.closest('p');
    if (!place || !model) return;
    // The quote is the paragraph's text from `data-from` to `data-at`, where the card opens.
    var from = Number(place.getAttribute(N.from));
    var left = Number(place.getAttribute(N.at));
    var quote = paragraph.textContent.slice(from, left);
    var walk = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var node = walk.nextNode();
    while (node && left > node.length) {
      left -= node.length;
      node = walk.nextNode();
    }
    if (!node) return;
    if (left < node.length) node.splitText(left);
    while (node.parentNode !== paragraph) node = node.parentNode;
    // This figure's card, made from the model: id, label, value, marked words, section.
    var card = model.cloneNode(true);
    var label = card.querySelector('.' + N.label);
    card.id = id;
    // The model holds no value and no section: they are added, nothing of it is edited.
    card.setAttribute('aria-label', model.getAttribute(N.before) + button.title + model.getAttribute(N.after));
    card.removeAttribute(N.before);
    card.removeAttribute(N.after);
    label.textContent = button.title;
    if (place.hasAttribute(N.valueAt)) {
      var value = doc.createElement('span');
      value.className = N.value;
      value.textContent = place.getAttribute(N.valueAt);
      label.after(value);
    }
    var source = card.querySelector('.' + N.source + ' > span');
    var heading = button.closest('section').querySelector('.' + N.heading);
    if (heading) {
      var cite = doc.createElement('cite');
      cite.textContent = heading.textContent;
      source.append(' · ', cite);
    }
    var mark = card.querySelector('.' + N.text + ' mark');
    mark.textContent = button.textContent;
    var at = quote.indexOf(mark.textContent);
    mark.before(quote.slice(0, at));
    mark.after(quote.slice(at + mark.textContent.length));
    card.setAttribute(N.early, button.id);
    node.after(card);
    button.setAttribute('aria-expanded', 'true');
    button.classList.add(N.open);
  }

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (live || !(target instanceof Element)) return;
    var current = openCard();
    if (current && current.contains(target.closest('.' + N.close))) return close(current, true);
    var button = target.closest('button.' + N.figure);
    if (!button) return;
    if (current) close(current, false);
    if (!current || current.getAttribute(N.early) !== button.id) open(button);
  });

  // A chart's Listen button, whether or not the app has come: the tool's script is fetched on
  // the first press (static/listen.js), which then plays that chart; later presses play at once.
  doc.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[' + N.listen + ']');
    if (!button) return;
    var chart = button.getAttribute(N.listen);
    if (window.chartListen) return window.chartListen(chart);
    window.chartListenFirst = chart;
    if (doc.querySelector('script[' + N.listen + ']')) return;
    var script = doc.createElement('script');
    script.type = 'module';
    script.setAttribute(N.listen, '');
    script.src = N.listenScript;
    doc.head.append(script);
  });

  doc.addEventListener('keydown', function (event) {
    var current = !live && event.key === 'Escape' && openCard();
    if (current) close(current, true);
  });

  // src/islands.rs, as the app takes over: stop, put the page back as parsed, and say which
  // figure's quote was open (the app opens it again in the same frame).
  window.takeOverEarlyQuote = function () {
    live = true;
    doc.getElementById(N.app).setAttribute(N.live, '');
    var card = openCard();
    if (!card) return null;
    var figure = doc.getElementById(card.getAttribute(N.early)).getAttribute(N.figureId);
    var id = card.id;
    close(card, card.contains(doc.activeElement));
    // The app's card replaces this one where it stood: no entry animation the second time.
    new MutationObserver(function (_, watch) {
      var again = doc.getElementById(id);
      if (!again) return;
      again.getAnimations().forEach(function (a) { a.finish(); });
      watch.disconnect();
    }).observe(doc.getElementById(N.app), { childList: true, subtree: true });
    return figure;
  };
})();
