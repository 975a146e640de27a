// <actlab-swish>
export default {
  ko: {
    'swish.title': 'Swish(SiLU): 0 아래로 살짝 내려가는 곡선',
    'swish.beta': 'β (로그 눈금)',
    'swish.presets': 'β 빠르게 고르기',
    'swish.presetSilu': '1 (SiLU)',
    'swish.keySwish': 'Swish x·σ(βx), β = {beta}',
    'swish.keyRelu': 'ReLU (비교용)',
    'swish.keyMin': '최솟값 위치',
    'swish.aria':
      'β = {beta}인 Swish(실선)와 ReLU(가는 점선) 그래프, x는 {xmin}부터 {xmax}까지. 음수 쪽 최솟값 ({x}, {y})에 원이 표시되어 있습니다.',
    'swish.minimum': '최솟값: x = {x}에서 Swish(x) = {y}',
    'swish.readout': 'β = {beta}: 최솟값은 x = {x}에서 {y}',
    'swish.explain':
      '입력이 음수일 때 출력이 0보다 작아졌다가, 입력이 더 작아지면 다시 0 쪽으로 돌아옵니다. 최솟값 왼쪽에서는 x가 커질수록 출력이 오히려 줄어들므로 Swish는 단조 함수가 아닙니다. ReLU는 음수 입력에서 언제나 0입니다.',
    'swish.betaNote':
      'β가 작으면(0.1) 곡선이 x/2에 가까운 완만한 직선이 되고, β가 크면(10) ReLU와 거의 겹칩니다. β를 두 배로 하면 최솟값의 위치와 깊이가 모두 절반이 됩니다.',
    'swish.wide': '최솟값이 보이도록 x 범위를 −{l}부터 {l}까지로 넓혔습니다.',
  },
  en: {
    'swish.title': 'Swish (SiLU): a curve that dips just below zero',
    'swish.beta': 'β (log scale)',
    'swish.presets': 'Quick β choices',
    'swish.presetSilu': '1 (SiLU)',
    'swish.keySwish': 'Swish x·σ(βx), β = {beta}',
    'swish.keyRelu': 'ReLU (reference)',
    'swish.keyMin': 'Minimum',
    'swish.aria':
      'Swish with β = {beta} (solid) and ReLU (thin dotted), x from {xmin} to {xmax}. A circle marks the minimum on the negative side at ({x}, {y}).',
    'swish.minimum': 'Minimum: Swish(x) = {y} at x = {x}',
    'swish.readout': 'β = {beta}: the minimum is {y} at x = {x}',
    'swish.explain':
      'For negative inputs the output drops below zero, then climbs back towards zero as the input gets more negative. Left of the minimum the output falls while x rises, so Swish is not monotonic. ReLU is always 0 for negative inputs.',
    'swish.betaNote':
      'A small β (0.1) makes the curve a gentle, almost straight line close to x/2; a large β (10) makes it nearly ReLU. Doubling β halves both the position and the depth of the minimum.',
    'swish.wide': 'The x range was widened to −{l}…{l} so that the minimum stays in view.',
  },
};
