// Explorer page entry: loads the WASM core once, parses the URL state, mounts the views and
// re-renders them (at most once per animation frame) whenever the state changes.
import 'katex/dist/katex.min.css';
import './styles.css';
import { createActLab } from 'actlab';
import { DEFAULT_LANG, translator } from './i18n/index.js';
import { normalizeCatalogue } from './model/catalogue.js';
import { createExplorerModel } from './model/explorer.js';
import { clamp, createStore, parseLang, parseState, syncUrl } from './state.js';
import { mountChart } from './views/chart.js';
import { mountCompareTable } from './views/compare-table.js';
import { mountCursor } from './views/cursor.js';
import { showLoadError } from './views/error.js';
import { mountFormulas } from './views/formulas.js';
import { mountLangToggle } from './views/lang-toggle.js';
import { colourFor } from './views/palette.js';
import { mountParams } from './views/params.js';
import { mountPicker } from './views/picker.js';
import { mountSoftmax } from './views/softmax.js';
import { applyStaticText } from './views/static-text.js';
import { mountXRange } from './views/xrange.js';

const $ = (id) => document.getElementById(id);

function markReady(value) {
  document.body.dataset.ready = value;
  window.__actlabReady = value === 'true';
}

async function main() {
  let t = translator(parseLang(location.search));
  const getT = () => t;
  applyStaticText(document, t);

  // Until the core is up (or if it fails) the toggle only re-labels the page and the URL.
  let loadError = null;
  let toggleLang = () => {
    t = translator(t.lang === 'ko' ? 'en' : 'ko');
    applyStaticText(document, t);
    langToggle.update();
    if (loadError) showLoadError($('load-error'), t, loadError);
    const q = new URLSearchParams(location.search);
    if (t.lang === DEFAULT_LANG) q.delete('lang');
    else q.set('lang', t.lang);
    const query = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  const langToggle = mountLangToggle($('lang-toggle'), { getT, onToggle: () => toggleLang() });
  langToggle.update();

  let lab;
  try {
    lab = await createActLab();
  } catch (err) {
    loadError = err;
    $('status').hidden = true;
    showLoadError($('load-error'), t, err);
    markReady('error');
    return;
  }

  const catalogue = normalizeCatalogue(lab.activations);
  const byId = new Map(catalogue.map((a) => [a.id, a]));
  const model = createExplorerModel(lab, catalogue);
  const store = createStore(parseState(location.search, catalogue, lab.limits));
  syncUrl(store, catalogue);
  const set = (patch) => store.set(patch);
  toggleLang = () => set((s) => ({ lang: s.lang === 'ko' ? 'en' : 'ko' }));

  $('status').hidden = true;
  $('explorer').hidden = false;
  for (const id of ['formulas', 'softmax', 'compare']) $(id).hidden = false;

  const picker = mountPicker($('picker'), {
    catalogue,
    getT,
    onChange: (fns) => set((s) => ({ fns, focus: fns.includes(s.focus) ? s.focus : null })),
    onFocusChange: (focus) => set({ focus }),
  });
  const params = mountParams($('params'), {
    catalogue,
    getT,
    onChange: (key, v) => set((s) => ({ params: { ...s.params, [key]: v } })),
  });
  let firstDraw = true;
  const chart = mountChart($('chart'), {
    getT,
    // pointer positions are rounded to 3 decimals: readable readouts and URLs
    onCursor: (x) => set((s) => ({ x: clamp(Number(x.toFixed(3)), s.xmin, s.xmax) })),
    onDraw: () => {
      if (!firstDraw) return;
      firstDraw = false;
      // ready = the first frame is on screen
      requestAnimationFrame(() => markReady('true'));
    },
  });
  const xrange = mountXRange($('xrange'), {
    getT,
    onChange: (xmin, xmax) => set((s) => ({ xmin, xmax, x: clamp(s.x, xmin, xmax) })),
  });
  const cursor = mountCursor($('cursor'), { getT, points: model.points, onChange: (x) => set({ x }) });
  const formulas = mountFormulas($('formulas'), { catalogue, getT });
  const softmax = mountSoftmax($('softmax'), {
    getT,
    temperature: lab.limits.temperature,
    onLogits: (logits) => set({ logits }),
    onTemperature: (temperature) => set({ t: temperature }),
  });
  const table = mountCompareTable($('compare'), { catalogue, getT });

  let probs = null;
  store.subscribe((s, prev) => {
    if (!prev || prev.lang !== s.lang) {
      t = translator(s.lang);
      applyStaticText(document, t);
      $('impl').textContent = t('footer.impl', { impl: lab.impl });
    }
    const frame = model.compute(s);
    const decorate = (c) => ({ ...c, name: byId.get(c.id).name[t.lang], colour: colourFor(catalogue, c.id) });
    const curves = frame.curves.map(decorate);
    const values = frame.cursor.values.map(decorate);
    langToggle.update();
    picker.update(s);
    params.update(s);
    xrange.update(s);
    chart.update({
      ...frame,
      curves,
      cursor: { x: frame.cursor.x, values },
      focusName: frame.focus ? byId.get(frame.focus).name[t.lang] : null,
    });
    cursor.update(s, { x: frame.cursor.x, values });
    formulas.update(s);
    if (!prev || prev.logits !== s.logits || prev.t !== s.t) probs = model.softmax(s.logits, s.t);
    softmax.update(s, probs);
    table.update(s);
  });
  store.flushNow();
}

main();
