// In-page, localized error for when the WASM core cannot load.
import { h } from './dom.js';

export function showLoadError(box, t, err) {
  box.replaceChildren(
    h('p', { class: 'error-title' }, t('error.title')),
    h('p', {}, t('error.hint')),
    h('details', {}, h('summary', {}, t('error.detail')), h('pre', {}, String(err?.stack || err))),
  );
  box.hidden = false;
}
