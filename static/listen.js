// The Listen tool: a chart's marks as tones, in reading order, for readers who hear a chart
// rather than see it (after Highcharts' sonification, Chart2Music and Apple's Audio Graphs).
// Loaded only when a reader asks for it (by static/early.js, on the first press of a chart's
// Listen button), never in the first load. Each mark sounds for a moment at a pitch set by its value: higher values, higher
// notes, on two octaves (220–880 Hz, even steps of pitch for even steps of value) within the
// marks of one unit; a mark without a value (a rank, a claim) is silent. As each sounds the
// keyboard focus moves to it, so a screen reader says its name (label, value, "3 of 5") and
// the canvas rings it. Listen again, Escape, a tap or a key stops it.

const STEP = 0.45; // seconds from one mark to the next
const TONE = 0.3; // seconds a tone sounds
let playing = null;

function stop() {
  if (!playing) return;
  playing.timers.forEach(clearTimeout);
  playing.context.close().catch(() => {});
  document.removeEventListener('keydown', playing.onKey, true);
  document.removeEventListener('pointerdown', playing.onTouch, true);
  playing = null;
}

/** Each mark's frequency (Hz), or null for a mark without a value: per unit, the lowest value
 *  at 220 Hz and the highest at 880 Hz, log-linear between; one value alone at 440 Hz. */
function pitches(marks) {
  const ranges = new Map();
  for (const { value, unit } of marks) {
    if (!Number.isFinite(value)) continue;
    const [lo, hi] = ranges.get(unit) ?? [value, value];
    ranges.set(unit, [Math.min(lo, value), Math.max(hi, value)]);
  }
  return marks.map(({ value, unit }) => {
    if (!Number.isFinite(value)) return null;
    const [lo, hi] = ranges.get(unit);
    return hi > lo ? 220 * Math.pow(4, (value - lo) / (hi - lo)) : 440;
  });
}

function play(chartId) {
  const again = playing && playing.chartId === chartId;
  stop();
  if (again) return;
  const figure = document.getElementById(chartId);
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!figure || !Context) return;
  const buttons = [...figure.querySelectorAll('.chart-marks button.mark')];
  if (!buttons.length) {
    // Pressed before the app has added the marks: played as they come.
    new MutationObserver((_, watch) => {
      if (!figure.querySelector('.chart-marks button.mark')) return;
      watch.disconnect();
      play(chartId);
    }).observe(figure, { childList: true, subtree: true });
    return;
  }
  const marks = buttons.map((b) => ({ value: parseFloat(b.dataset.value), unit: b.dataset.unit ?? '' }));
  const context = new Context();
  const start = context.currentTime + 0.05;
  const timers = [];
  pitches(marks).forEach((frequency, k) => {
    const at = start + k * STEP;
    if (frequency !== null) {
      const tone = context.createOscillator();
      const level = context.createGain();
      tone.type = 'triangle';
      tone.frequency.setValueAtTime(frequency, at);
      level.gain.setValueAtTime(0.0001, at);
      level.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      level.gain.exponentialRampToValueAtTime(0.0001, at + TONE);
      tone.connect(level).connect(context.destination);
      tone.start(at);
      tone.stop(at + TONE + 0.02);
    }
    timers.push(setTimeout(() => buttons[k].focus({ preventScroll: true }), (at - context.currentTime) * 1000));
  });
  timers.push(setTimeout(stop, (start + buttons.length * STEP - context.currentTime) * 1000));
  const onKey = (e) => { if (e.key === 'Escape' || !['Tab', 'Shift'].includes(e.key)) stop(); };
  const onTouch = (e) => { if (!e.target.closest?.('[data-listen]')) stop(); };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onTouch, true);
  playing = { chartId, context, timers, onKey, onTouch };
}

window.chartListen = play;
if (window.chartListenFirst) {
  const first = window.chartListenFirst;
  window.chartListenFirst = null;
  play(first);
}
