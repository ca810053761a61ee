// Taps before the app: until the WASM has taken over, a tap (or Enter, Space) on a figure
// opens its verbatim quote at once, as the app would: the card, prerendered in
// <template id="early-quotes">, goes right after the sentence it quotes, the button says
// aria-expanded="true", a second tap, the card's close button or Escape shut it and give focus
// back to the figure. src/main.rs takes the open card out before hydrating and the app opens
// it again in the same frame. Once #app has data-live (set by the app) this does nothing.
// The same bytes on every page, no eval, no inline handlers, no style attributes: the pages'
// Content-Security-Policy allows this script by its hash.
(function () {
  var doc = document;

  function live() {
    var app = doc.getElementById('app');
    return !app || app.hasAttribute('data-live');
  }

  function openCard() {
    return doc.querySelector('.quote-card[data-early]');
  }

  function close(card, refocus) {
    var button = doc.getElementById(card.getAttribute('data-early'));
    var paragraph = card.parentNode;
    card.remove();
    // Joins the text node split for the card: the paragraph is again as parsed.
    paragraph.normalize();
    if (button) {
      button.setAttribute('aria-expanded', 'false');
      button.classList.remove('is-open');
      if (refocus) button.focus({ preventScroll: true });
    }
  }

  function open(button) {
    var templ = doc.getElementById('early-quotes');
    var source = templ && templ.content.getElementById(button.getAttribute('aria-controls'));
    var paragraph = button.parentNode;
    if (!source || !paragraph) return;
    // `data-at`: how many characters into the paragraph's text the card opens.
    var left = Number(source.parentNode.getAttribute('data-at'));
    var walk = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var node = walk.nextNode();
    while (node && left > node.length) {
      left -= node.length;
      node = walk.nextNode();
    }
    if (!node) return;
    if (left < node.length) node.splitText(left);
    var after = node;
    while (after.parentNode !== paragraph) after = after.parentNode;
    var card = source.cloneNode(true);
    card.setAttribute('data-early', button.id);
    after.after(card);
    button.setAttribute('aria-expanded', 'true');
    button.classList.add('is-open');
  }

  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (live() || !(target instanceof Element)) return;
    var current = openCard();
    if (current && target.closest('.quote-close') && current.contains(target)) {
      close(current, true);
      return;
    }
    var button = target.closest('button.figure');
    if (!button) return;
    var same = current && current.getAttribute('data-early') === button.id;
    if (current) close(current, false);
    if (!same) open(button);
  });

  doc.addEventListener('keydown', function (event) {
    var current = openCard();
    if (event.key === 'Escape' && current && !live()) close(current, true);
  });
})();
