// The language switch: one native button naming the other language, in that language.
import { setText } from './dom.js';

export function mountLangToggle(button, { getT, onToggle }) {
  button.addEventListener('click', onToggle);
  return {
    update() {
      const t = getT();
      setText(button, t('lang.switchTo'));
      button.lang = t.lang === 'ko' ? 'en' : 'ko';
      button.setAttribute('aria-label', t('lang.switchLabel'));
    },
  };
}
