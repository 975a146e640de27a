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
  'app.loading': 'WebAssembly 코어를 불러오는 중…',

  'lang.switchTo': 'English',
  'lang.switchLabel': 'Switch the page to English',

  'error.title': '계산 코어(WebAssembly)를 불러오지 못했습니다.',
  'error.hint': '페이지를 새로 고치거나, WebAssembly를 지원하는 최신 브라우저에서 다시 열어 보세요.',
  'error.detail': '기술적인 내용',

  'picker.legend': '함수 고르기',
  'picker.hint': '여러 개를 함께 고를 수 있습니다. 실선은 f(x), 점선은 f′(x)입니다.',
  'picker.none': '함수를 하나 이상 골라 주세요.',

  'chart.heading': '그래프',
  'chart.aria': '{names}의 f(x)(실선)와 f′(x)(점선), x는 {xmin}부터 {xmax}까지',
  'chart.ariaEmpty': '선택한 함수가 없어 빈 그래프',
  'chart.keyF': 'f(x)',
  'chart.keyDf': 'f′(x)',
  'chart.keyBand': '|f′(x)| < 0.1 (포화 구간)',
  'chart.focus': '포화 구간을 표시할 함수',
  'chart.bandsNone': '{name}에는 |f′(x)| < 0.1인 구간이 이 범위 안에 없습니다.',
  'chart.bandsSome': '{name}의 포화 구간: {ranges}',
  'chart.xmin': 'x 최솟값',
  'chart.xmax': 'x 최댓값',
  'chart.rangeInvalid': '최솟값은 최댓값보다 0.1 이상 작아야 하고, 범위는 −100…100입니다.',
  'chart.rangeReset': 'x 범위 되돌리기',

  'cursor.heading': '커서 위치의 값',
  'cursor.x': '커서 x',
  'cursor.slider': '커서 x 옮기기',
  'cursor.hint': '슬라이더에서 ← → 키를 쓰거나, 그래프를 누르거나 끌어서 커서를 옮길 수 있습니다.',
  'readout.fn': '함수',
  'readout.f': 'f(x)',
  'readout.df': 'f′(x)',
  'readout.empty': '고른 함수가 없습니다.',
  'summary.at': 'x = {x}에서 {items}.',
  'summary.item': '{name}: f = {f}, f′ = {df}',
  'summary.sep': '; ',
  'summary.none': '고른 함수가 없습니다.',

  'params.heading': '매개변수',
  'params.none': '고른 함수 가운데 조절할 매개변수가 있는 것이 없습니다.',
  'params.reset': '기본값',
  'params.resetLabel': '{name}의 {param}을(를) 기본값 {value}(으)로',

  'formulas.heading': '수식',
  'formulas.none': '함수를 고르면 f(x)와 f′(x)의 식이 여기에 나옵니다.',

  'softmax.heading': '소프트맥스',
  'softmax.intro':
    '소프트맥스는 로짓 벡터 z를 합이 1인 확률로 바꿉니다. 온도 T로 나눈 뒤 계산하므로, ' +
    'T가 작으면 가장 큰 로짓 쪽으로 확률이 쏠리고 T가 크면 고르게 퍼집니다.',
  'softmax.logits': '로짓 z (쉼표로 구분)',
  'softmax.logitsInvalid': '−1000…1000 사이의 숫자를 쉼표로 구분해 1~16개 입력하세요.',
  'softmax.temperature': '온도 T',
  'softmax.class': 'z{i} = {z}',
  'softmax.sum': '확률의 합: {sum}',
  'softmax.summary': '온도 {t}에서 확률: {probs}',

  'table.heading': '한눈에 비교',
  'table.caption': '기본 매개변수에서의 성질. 고른 함수는 강조해서 보여 줍니다.',
  'table.name': '함수',
  'table.range': '치역',
  'table.monotonic': '단조',
  'table.smooth': '매끄러움',
  'table.zeroCentred': '0 중심',
  'table.bounded': '유계',
  'table.note': '메모',
  'table.yes': '예',
  'table.no': '아니오',
  'table.boundedBoth': '위·아래',
  'table.boundedBelow': '아래만',
  'table.boundedAbove': '위만',
  'table.boundedNone': '없음',
  'table.selected': '(선택됨)',

  'footer.impl': '계산: WebAssembly ({impl})',
};

export default Object.assign(base, ...parts.map((p) => p.ko));
