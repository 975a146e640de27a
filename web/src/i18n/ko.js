// Korean dictionary (the site's default language). Keys must match en.js exactly;
// `{name}` placeholders are filled by t(key, vars). Text written for ActLab, not copied.
import { parts } from './parts/index.js';

const base = {
  'meta.title': 'ActLab — 활성화 함수 탐색기',
  'meta.description': '신경망 활성화 함수의 모양과 기울기를 WebAssembly로 계산해 직접 비교해 보는 학습용 도구',

  'app.brand': 'ActLab',
  'app.title': '활성화 함수 탐색기',
  'app.lead':
    '활성화 함수를 골라 함숫값 f(x)와 기울기 f′(x)를 한 그래프에서 비교해 보세요. ' +
    '모든 값은 이 페이지 안에서 돌아가는 C++/WebAssembly 코어가 계산합니다.',

  'lang.switchTo': 'English',
  'lang.switchLabel': 'Switch the page to English',

  'error.title': '계산 코어(WebAssembly)를 불러오지 못했습니다.',
  'error.hint': '페이지를 새로 고치거나, WebAssembly를 지원하는 최신 브라우저에서 다시 열어 보세요.',
  'error.detail': '기술적인 내용',

  'footer.impl': '계산: WebAssembly ({impl})',
};

export default Object.assign(base, ...parts.map((p) => p.ko));
