/* 衡阳日报数读 embed loader: sizes each <iframe data-hengyang-embed> to the height its page
   reports (pym.js "height" messages). Only messages from that iframe's own window count, only
   a number is read from them, and nothing is navigated or evaluated. */
(function (w) {
  if (w.hyEmbed) return;
  w.hyEmbed = 1;
  w.addEventListener('message', function (e) {
    var m = typeof e.data == 'string' && /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/.exec(e.data);
    if (!m) return;
    var f = document.querySelectorAll('iframe[data-hengyang-embed]');
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) f[i].style.height = m[1] + 'px';
    }
  });
})(window);
