/* The graphic's embed loader: hides the picture kept for hosts that strip iframes, and sizes
   each <iframe data-graphic-embed> to the height its page reports (pym.js messages). Codes
   pasted before the attribute lost the newspaper's name (data-hengyang-*) still work. A
   message counts only if it comes from that iframe's window *and* from the origin of its src
   (a page the frame was sent to elsewhere cannot resize it), only a whole number is read from
   it, clamped to 100–20000 px, and nothing is navigated or evaluated. */
(function (w, d) {
  var MIN = 100, MAX = 20000, SEL = 'iframe[data-graphic-embed],iframe[data-hengyang-embed]';
  var f = d.querySelectorAll(SEL);
  for (var i = 0; i < f.length; i++) {
    var a = f[i].nextElementSibling;
    if (a && (a.hasAttribute('data-graphic-fallback') || a.hasAttribute('data-hengyang-fallback'))) a.style.display = 'none';
  }
  if (w.hyEmbed) return;
  w.hyEmbed = 1;
  /* The origin the host asked this iframe to show, from its src attribute, not from where
     the frame is now. */
  function origin(frame) {
    try {
      return new URL(frame.getAttribute('src'), d.baseURI).origin;
    } catch (x) {
      return null;
    }
  }
  w.addEventListener('message', function (e) {
    var m = typeof e.data == 'string' && /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,9})$/.exec(e.data);
    if (!m) return;
    var h = Math.min(MAX, Math.max(MIN, parseInt(m[1], 10)));
    f = d.querySelectorAll(SEL);
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source && e.origin === origin(f[i])) f[i].style.height = h + 'px';
    }
  });
})(window, document);
