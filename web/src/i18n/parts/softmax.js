// <actlab-softmax>
export default {
  ko: {
    'softmax.title': '소프트맥스: 로짓을 확률로 바꾸기',
    'softmax.logits': '로짓 z (쉼표로 구분, {min}~{max}개)',
    'softmax.logitsHelp': '예: 2, 1, 0.1 — 값은 바로 반영됩니다.',
    'softmax.errCount':
      '로짓은 쉼표로 구분해 {min}개에서 {max}개까지 적어 주세요. 마지막으로 맞게 적은 값을 계속 씁니다.',
    'softmax.errNumber':
      '“{value}”은(는) 쓸 수 없습니다. 절댓값이 {abs} 이하인 수만 됩니다. 마지막으로 맞게 적은 값을 계속 씁니다.',
    'softmax.logitsEach': '로짓 하나씩 조절하기',
    'softmax.logitN': 'z{i}',
    'softmax.temperature': '온도 T (로그 눈금)',
    'softmax.tempNote': 'T가 1보다 크면 확률이 고르게 퍼지고, 1보다 작으면 가장 큰 로짓 쪽으로 쏠립니다.',
    'softmax.probsTitle': '확률 p = softmax(z / T)',
    'softmax.class': '클래스 {i}',
    'softmax.bar': '로짓 z = {z}',
    'softmax.sum': '확률의 합: {sum}',
    'softmax.readout': '확률 {list}, 합 {sum}',
    'softmax.largeTitle': '로짓이 아주 클 때: z = (1000, 999, 998)',
    'softmax.naiveHead': '잘못된 방법: 식을 그대로 계산 (이 페이지의 JavaScript)',
    'softmax.naiveExp': 'exp(z) = {list}',
    'softmax.naiveProbs': '확률 = {list}',
    'softmax.naiveWhy': 'e¹⁰⁰⁰은 부동소수점 수의 범위를 넘어 무한대(∞)가 되고, ∞ ÷ ∞는 NaN(숫자가 아님)이 됩니다.',
    'softmax.stableHead': '올바른 방법: ActLab 코어의 안정된 소프트맥스',
    'softmax.stableProbs': '확률 = {list}',
    'softmax.stableWhy':
      '모든 로짓에서 같은 값 c를 빼도 softmax는 변하지 않습니다. 코어는 가장 큰 로짓을 기준으로 빼서 지수가 넘치지 않게 계산합니다.',
    'softmax.useLarge': '이 로짓을 위 실험에 넣기',
    'softmax.jacTitle': '소프트맥스의 야코비 행렬 ∂pᵢ/∂zⱼ',
    'softmax.jacNote':
      '대각선 밖의 칸도 0이 아닙니다. 로짓 하나를 올리면 그 확률은 커지고 나머지 확률은 모두 작아지기 때문입니다. 확률의 합이 늘 1이므로 각 행의 합은 0입니다.',
    'softmax.rowSums': '행의 합: {list}',
    'softmax.diagTitle': '비교: 원소마다 시그모이드를 적용했을 때의 야코비 행렬 (대각선에 σ′(zᵢ))',
    'softmax.diagNote':
      '시그모이드 같은 원소별 활성화 함수는 출력 i가 입력 i에만 달려 있으므로 대각선 밖은 모두 0입니다.',
    'softmax.rowHead': 'p{i}',
    'softmax.colHead': 'z{j}',
    'softmax.corner': '∂p / ∂z',
    'softmax.legend': '색: 파랑은 음수, 빨강은 양수이며 진할수록 절댓값이 큽니다. 칸마다 값이 적혀 있습니다.',
  },
  en: {
    'softmax.title': 'Softmax: turning logits into probabilities',
    'softmax.logits': 'Logits z (comma-separated, {min} to {max} values)',
    'softmax.logitsHelp': 'For example 2, 1, 0.1 — changes apply as you type.',
    'softmax.errCount': 'Enter {min} to {max} logits separated by commas. The last valid logits stay in use.',
    'softmax.errNumber':
      '“{value}” cannot be used: only numbers with absolute value up to {abs}. The last valid logits stay in use.',
    'softmax.logitsEach': 'Adjust one logit at a time',
    'softmax.logitN': 'z{i}',
    'softmax.temperature': 'Temperature T (log scale)',
    'softmax.tempNote': 'T above 1 spreads the probabilities out; T below 1 concentrates them on the largest logit.',
    'softmax.probsTitle': 'Probabilities p = softmax(z / T)',
    'softmax.class': 'Class {i}',
    'softmax.bar': 'logit z = {z}',
    'softmax.sum': 'Sum of the probabilities: {sum}',
    'softmax.readout': 'Probabilities {list}, sum {sum}',
    'softmax.largeTitle': 'Very large logits: z = (1000, 999, 998)',
    'softmax.naiveHead': 'The wrong way: the textbook formula as is (this page’s JavaScript)',
    'softmax.naiveExp': 'exp(z) = {list}',
    'softmax.naiveProbs': 'probabilities = {list}',
    'softmax.naiveWhy':
      'e¹⁰⁰⁰ is beyond the floating-point range and becomes infinity (∞); ∞ ÷ ∞ is NaN (not a number).',
    'softmax.stableHead': 'The right way: the ActLab core’s stable softmax',
    'softmax.stableProbs': 'probabilities = {list}',
    'softmax.stableWhy':
      'Subtracting the same c from every logit leaves softmax unchanged; the core shifts by the largest logit, so no exponential overflows.',
    'softmax.useLarge': 'Use these logits above',
    'softmax.jacTitle': 'The softmax Jacobian ∂pᵢ/∂zⱼ',
    'softmax.jacNote':
      'The off-diagonal cells are not zero: raising one logit raises its probability and lowers all the others. Since the probabilities always sum to 1, every row sums to 0.',
    'softmax.rowSums': 'Row sums: {list}',
    'softmax.diagTitle': 'For comparison: the Jacobian of a sigmoid applied element-wise (σ′(zᵢ) on the diagonal)',
    'softmax.diagNote':
      'An element-wise activation such as sigmoid makes output i depend on input i only, so everything off the diagonal is 0.',
    'softmax.rowHead': 'p{i}',
    'softmax.colHead': 'z{j}',
    'softmax.corner': '∂p / ∂z',
    'softmax.legend':
      'Colour: blue is negative, red is positive, darker means larger magnitude. Every cell prints its value.',
  },
};
