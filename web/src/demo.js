// Entry of the per-element demo pages (web/demo/*.html): registers the elements and applies
// ?lang= to the page, so a browser test can open one element alone in either language.
import './elements/index.js';
import './styles/fonts.css'; // KaTeX's fonts must be declared at document level

const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en' || lang === 'ko') document.documentElement.lang = lang;

// For the browser tests: the page's one shared instance (what every element uses).
import { createActLab } from 'actlab';
createActLab().then((lab) => (window.__actlab = lab));
