// <actlab-elu>
export default {
  ko: {
    'elu.intro':
      'ELU는 양수 쪽은 ReLU와 같지만, 음수 쪽은 0에서 끊기지 않고 지수 곡선을 따라 부드럽게 내려가다가 −α에 가까워지며 멈춥니다.',
    'elu.alpha': '포화값 α',
    'elu.keyElu': 'ELU (α = {alpha})',
    'elu.keyGuide': 'y = −{alpha} (포화선)',
    'elu.readout': '그린 구간에서 ELU의 최솟값: f({x}) = {f} → x가 더 작아질수록 −{alpha}에 다가갑니다.',
    'elu.ariaCurve':
      'x가 {xmin}부터 {xmax}까지인 ELU(α = {alpha}, 실선)와 ReLU(파선) 그래프. ELU는 음수 쪽에서 점선 y = −{alpha}에 다가가며 최솟값은 {f}',
    'elu.meansIntro':
      '모양과 시드가 같은 두 신경망(하나는 ReLU, 하나는 ELU)에 평균이 0인 같은 입력을 넣고, 학습 전 초기 상태에서 은닉층마다 평균 활성값을 비교합니다. ReLU는 출력이 0 이상이라 평균이 양수 쪽으로 치우치지만, ELU는 음수 출력이 이를 상쇄해 0에 더 가깝게 머뭅니다.',
    'elu.depth': '은닉층 수',
    'elu.seed': '난수 시드',
    'elu.meansTitle': '은닉층별 평균 활성값 (가로축: 층 번호)',
    'elu.means': '층별 평균 활성값 — ReLU: {relu} / ELU: {elu}. 절댓값 평균은 ReLU {reluAbs}, ELU {eluAbs}입니다.',
    'elu.ariaMeans': '은닉층 {depth}개의 층별 평균 활성값 비교. ReLU(파선): {relu}. ELU(실선, α = {alpha}): {elu}',
    'elu.error': '평균 활성값을 계산하지 못했습니다: {message}',
  },
  en: {
    'elu.intro':
      'ELU matches ReLU for positive inputs, but on the negative side it does not stop at 0: it bends down along an exponential and levels off near −α.',
    'elu.alpha': 'Saturation α',
    'elu.keyElu': 'ELU (α = {alpha})',
    'elu.keyGuide': 'y = −{alpha} (saturation line)',
    'elu.readout': 'Smallest ELU value on the plotted range: f({x}) = {f}; further left it approaches −{alpha}.',
    'elu.ariaCurve':
      'Plot of ELU (α = {alpha}, solid) and ReLU (dashed) for x from {xmin} to {xmax}. On the negative side ELU approaches the dotted line y = −{alpha}; its minimum here is {f}',
    'elu.meansIntro':
      'Two networks of the same shape and seed, one ReLU and one ELU, see the same zero-mean inputs; before any training we compare the mean activation of each hidden layer. ReLU never goes below 0, so its means lean positive; ELU’s negative outputs offset that and keep the means nearer zero.',
    'elu.depth': 'Hidden layers',
    'elu.seed': 'Random seed',
    'elu.meansTitle': 'Mean activation per hidden layer (x axis: layer number)',
    'elu.means':
      'Mean activation per layer — ReLU: {relu} / ELU: {elu}. Mean absolute value: ReLU {reluAbs}, ELU {eluAbs}.',
    'elu.ariaMeans':
      'Mean activation of each of {depth} hidden layers. ReLU (dashed): {relu}. ELU (solid, α = {alpha}): {elu}',
    'elu.error': 'The mean activations could not be computed: {message}',
  },
};
