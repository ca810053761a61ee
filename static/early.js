// Quotes before the app (README: "Before, during and after the WASM"): a tap on a figure opens
// its card, made from the model in <template id="early-quotes">, after its sentence, until the
// app takes over.
(function () {
  var doc = document, live = false;

  function openCard() {
    return doc.querySelector('.quote-card[data-early]');
  }

  function close(card, refocus) {
    var button = doc.getElementById(card.getAttribute('data-early'));
    var paragraph = card.parentNode;
    card.remove();
    // Joins the text split for the card: the paragraph is again as parsed, ready to hydrate.
    paragraph.normalize();
    button.setAttribute('aria-expanded', 'false');
    button.classList.remove('is-open');
    if (refocus) button.focus({ preventScroll: true });
  }

  function open(button) {
    var templ = doc.getElementById('early-quotes');
    var id = button.getAttribute('aria-controls');
    var place = templ && templ.content.querySelector('[data-for="' + id + '"]');
    var model = templ && templ.content.querySelector('.quote-card');
    var paragraph = button.closest('p');
    if (!place || !model) return;
    // The quote is the paragraph's text from `data-from` to `data-at`, where the card opens.
    var from = Number(place.getAttribute('data-from'));
    var left = Number(place.getAttribute('data-at'));
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
    var label = card.querySelector('.quote-label');
    card.id = id;
    // The model holds no value and no section: they are added, nothing of it is edited.
    card.setAttribute('aria-label', model.getAttribute('data-label-before') + button.title + model.getAttribute('data-label-after'));
    card.removeAttribute('data-label-before');
    card.removeAttribute('data-label-after');
    label.textContent = button.title;
    if (place.hasAttribute('data-value')) {
      var value = doc.createElement('span');
      value.className = 'quote-value';
      value.textContent = place.getAttribute('data-value');
      label.after(value);
    }
    var source = card.querySelector('.quote-source > span');
    var heading = button.closest('section').querySelector('.section-heading');
    if (heading) {
      var cite = doc.createElement('cite');
      cite.textContent = heading.textContent;
      source.append(' · ', cite);
    }
    var mark = card.querySelector('.quote-text mark');
    mark.textContent = button.textContent;
    var at = quote.indexOf(mark.textContent);
    mark.before(quote.slice(0, at));
    mark.after(quote.slice(at + mark.textContent.length));
    card.setAttribute('data-early', button.id);
    node.after(card);
    button.setAttribute('aria-expanded', 'true');
    button.classList.add('is-open');
  }

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (live || !(target instanceof Element)) return;
    var current = openCard();
    if (current && current.contains(target.closest('.quote-close'))) return close(current, true);
    var button = target.closest('button.figure');
    if (!button) return;
    if (current) close(current, false);
    if (!current || current.getAttribute('data-early') !== button.id) open(button);
  });

  doc.addEventListener('keydown', function (event) {
    var current = !live && event.key === 'Escape' && openCard();
    if (current) close(current, true);
  });

  // src/web.rs, before the app hydrates: stop, put the page back as parsed, and say which
  // figure's quote was open (the app opens it again in the same frame).
  window.takeOverEarlyQuote = function () {
    live = true;
    doc.getElementById('app').setAttribute('data-live', '');
    var card = openCard();
    if (!card) return null;
    var figure = doc.getElementById(card.getAttribute('data-early')).getAttribute('data-figure');
    var id = card.id;
    close(card, card.contains(doc.activeElement));
    // The app's card replaces this one where it stood: no entry animation the second time.
    new MutationObserver(function (_, watch) {
      var again = doc.getElementById(id);
      if (!again) return;
      again.getAnimations().forEach(function (a) { a.finish(); });
      watch.disconnect();
    }).observe(doc.getElementById('app'), { childList: true, subtree: true });
    return figure;
  };
})();
