// <actlab-gelu-approx>
export default {
  ko: {
    'gelu_approx.title': 'GELU: 정확한 식과 tanh 근사식 비교',
    'gelu_approx.keyExact': '정확한 GELU = x·Φ(x) (erf로 계산)',
    'gelu_approx.keyTanh': 'tanh 근사식',
    'gelu_approx.keyDiff': '차이 Δ = tanh 근사 − 정확한 값',
    'gelu_approx.keyPhi': 'Φ(x) = GELU(x) / x',
    'gelu_approx.keyCursor': '커서 위치',
    'gelu_approx.ariaMain':
      '정확한 GELU(실선)와 tanh 근사식(점선)을 겹쳐 그린 그래프. x는 {xmin}부터 {xmax}까지이고, 두 곡선은 눈으로 구별되지 않을 만큼 겹칩니다.',
    'gelu_approx.ariaDiff': '두 식의 차이(tanh 근사 − 정확한 값) 그래프. 가장 큰 차이는 x = {at}에서 {max}입니다.',
    'gelu_approx.ariaPhi':
      'Φ(x) 그래프. 왼쪽 끝에서 0에 가깝고 x = 0에서 0.5를 지나 오른쪽 끝에서 1에 가까워지는 S자 곡선입니다.',
    'gelu_approx.diffAxis': 'Δ (단위: 10⁻⁴)',
    'gelu_approx.headDiff': '두 식의 차이만 따로 크게 보기',
    'gelu_approx.maxError': '{n}개 점에서 비교한 가장 큰 차이: |Δ| = {max} (x = {at})',
    'gelu_approx.diffNote':
      '위 그래프에서는 두 곡선이 한 줄로 보일 정도로 차이가 작습니다. 1000분의 1에도 못 미치는 차이라서, erf 대신 계산이 가벼운 tanh 식을 써도 대부분의 모델에서 문제가 되지 않습니다.',
    'gelu_approx.headPhi': '게이트 Φ(x): GELU(x) = x × Φ(x)',
    'gelu_approx.phiNote':
      'Φ(x)는 표준정규분포를 따르는 값이 x 이하일 확률입니다. GELU는 입력 x를 이 확률만큼만 통과시킵니다: 큰 양수는 거의 그대로, 큰 음수는 거의 0으로, 그 사이는 매끄럽게 이어집니다. 이 그래프는 코어가 계산한 GELU(x)를 x로 나누어 그렸습니다.',
    'gelu_approx.cursor': '커서 x',
    'gelu_approx.readout': 'x = {x}: 정확한 GELU {gelu}, tanh 근사 {tanh}, 차이 {diff}, Φ(x) = {phi}',
  },
  en: {
    'gelu_approx.title': 'GELU: the exact formula vs. the tanh approximation',
    'gelu_approx.keyExact': 'Exact GELU = x·Φ(x) (via erf)',
    'gelu_approx.keyTanh': 'tanh approximation',
    'gelu_approx.keyDiff': 'Difference Δ = tanh approximation − exact',
    'gelu_approx.keyPhi': 'Φ(x) = GELU(x) / x',
    'gelu_approx.keyCursor': 'Cursor',
    'gelu_approx.ariaMain':
      'Exact GELU (solid) and its tanh approximation (dashed) on top of each other, x from {xmin} to {xmax}; the two curves overlap too closely to tell apart.',
    'gelu_approx.ariaDiff': 'The difference tanh approximation − exact; the largest difference is {max} at x = {at}.',
    'gelu_approx.ariaPhi':
      'Φ(x): an S-shaped curve rising from near 0 on the left through 0.5 at x = 0 to near 1 on the right.',
    'gelu_approx.diffAxis': 'Δ (unit: 10⁻⁴)',
    'gelu_approx.headDiff': 'The difference alone, magnified',
    'gelu_approx.maxError': 'Largest difference over {n} points: |Δ| = {max} (at x = {at})',
    'gelu_approx.diffNote':
      'In the plot above the two curves look like a single line. The gap stays below one thousandth, so using the cheaper tanh formula instead of erf makes no practical difference for most models.',
    'gelu_approx.headPhi': 'The gate Φ(x): GELU(x) = x × Φ(x)',
    'gelu_approx.phiNote':
      'Φ(x) is the probability that a standard normal value is at most x. GELU lets the input x through in that proportion: large positive inputs almost unchanged, large negative inputs almost to 0, smoothly in between. This curve is the core’s GELU(x) divided by x.',
    'gelu_approx.cursor': 'Cursor x',
    'gelu_approx.readout': 'x = {x}: exact GELU {gelu}, tanh approximation {tanh}, difference {diff}, Φ(x) = {phi}',
  },
};
