// The teaching page's own text (web/index.html, web/src/site.js).
export default { ko: {}, en: {} };
