// <actlab-gradient-flow>
export default {
  ko: {
    'gradient_flow.title': '층을 거슬러 올라갈수록 작아지는 기울기',
    'gradient_flow.intro':
      '깊은 망에 역전파를 한 번 실제로 돌려, 층마다 가중치 기울기의 크기 ‖∂L/∂W‖를 로그 눈금으로 그립니다. 왼쪽이 입력에 가까운 첫 층입니다. 역전파는 층을 지날 때마다 f′(z)로 이루어진 대각 야코비 행렬을 곱하므로, 시그모이드처럼 f′가 0.25를 넘지 못하는 함수는 층마다 기울기를 적어도 4분의 1로 줄입니다.',
    'gradient_flow.presets': '자주 쓰는 조합',
    'gradient_flow.preset': '{name} + {init}',
    'gradient_flow.init.xavier': 'Xavier',
    'gradient_flow.init.he': 'He',
    'gradient_flow.init.uniform': '균등 U(−0.5, 0.5)',
    'gradient_flow.depth': '층 수 (깊이)',
    'gradient_flow.width': '층당 유닛 수 (너비)',
    'gradient_flow.activation': '활성화 함수',
    'gradient_flow.init': '가중치 초기화',
    'gradient_flow.seed': '시드',
    'gradient_flow.keyGrad': '층별 ‖∂L/∂W‖ (실제 역전파)',
    'gradient_flow.keyRef': '기준선: 마지막 층부터 층마다 ×0.25',
    'gradient_flow.chartAria':
      '층 {depth}개, {name}, {init} 초기화에서 층별 가중치 기울기 크기의 로그 눈금 그래프. 첫 층 {first}, 마지막 층 {last}.',
    'gradient_flow.ratio':
      '첫 층 {first}, 마지막 층 {last}: 마지막 층의 기울기가 첫 층보다 {growth}배 큽니다. 바꿔 말하면 첫 층에는 {inverse}만큼만 도착합니다.',
    'gradient_flow.ratioInverse':
      '첫 층 {first}, 마지막 층 {last}: 이번에는 첫 층의 기울기가 오히려 {inverse}배 큽니다. 기울기가 줄어들지 않고 전달됩니다.',
    'gradient_flow.single': '층이 하나뿐이라 비교할 층이 없습니다. 그 층의 기울기 크기는 {g}입니다.',
    'gradient_flow.zeroSome': '첫 층 {first}, 마지막 층 {last}: 어느 한쪽이 0이라 비율을 계산할 수 없습니다.',
    'gradient_flow.dead':
      '모든 층의 기울기가 0입니다. 이 시드({seed})에서는 어느 층에서 모든 유닛의 f′(z)가 0이 되어 역전파가 끊겼습니다({name} 유닛이 모두 죽은 상태). 다른 시드를 골라 보세요.',
    'gradient_flow.jacobianTitle': '예시 하나에서 본 야코비 대각선 f′(z)',
    'gradient_flow.jacobianHint':
      '칸 하나가 유닛 하나입니다. 가로는 층(왼쪽이 첫 층), 세로는 그 층의 유닛이며, 색이 진할수록 f′(z)가 큽니다. 역전파는 층마다 이 값들을 곱합니다.',
    'gradient_flow.heatScale': 'f′(z) 색 눈금',
    'gradient_flow.heatAria':
      '층 {depth}개 × 유닛 {width}개의 {name} 도함수 값 히트맵. 가장 작은 값 {min}, 가장 큰 값 {max}.',
    'gradient_flow.jacobianRange': '{name}: 이 예시에서 f′(z)는 {min}부터 {max}까지입니다.',
    'gradient_flow.sigmoidBound':
      '시그모이드의 도함수는 어디서나 {bound} 이하라서 층을 지날 때마다 기울기가 줄어듭니다.',
  },
  en: {
    'gradient_flow.title': 'Gradients shrink on the way back to the first layer',
    'gradient_flow.intro':
      'One real backward pass through a deep network: the size of each layer’s weight gradient ‖∂L/∂W‖ on a log scale, with the first layer (next to the input) on the left. Each layer multiplies the gradient by a diagonal Jacobian of f′(z) values, so a function whose slope never exceeds 0.25, like the sigmoid, cuts it to a quarter or less per layer.',
    'gradient_flow.presets': 'Common pairings',
    'gradient_flow.preset': '{name} + {init}',
    'gradient_flow.init.xavier': 'Xavier',
    'gradient_flow.init.he': 'He',
    'gradient_flow.init.uniform': 'Uniform U(−0.5, 0.5)',
    'gradient_flow.depth': 'Layers (depth)',
    'gradient_flow.width': 'Units per layer (width)',
    'gradient_flow.activation': 'Activation function',
    'gradient_flow.init': 'Weight initialisation',
    'gradient_flow.seed': 'Seed',
    'gradient_flow.keyGrad': '‖∂L/∂W‖ per layer (real backprop)',
    'gradient_flow.keyRef': 'Reference: ×0.25 per layer from the last one',
    'gradient_flow.chartAria':
      'Log-scale plot of the weight-gradient size per layer: {depth} layers, {name}, {init} initialisation. First layer {first}, last layer {last}.',
    'gradient_flow.ratio':
      'First layer {first}, last layer {last}: the last layer’s gradient is {growth} times the first’s; only {inverse} of it reaches the first layer.',
    'gradient_flow.ratioInverse':
      'First layer {first}, last layer {last}: here the first layer’s gradient is {inverse} times larger; nothing vanishes on the way.',
    'gradient_flow.single': 'With one layer there is nothing to compare; its gradient size is {g}.',
    'gradient_flow.zeroSome': 'First layer {first}, last layer {last}: one of them is 0, so there is no ratio.',
    'gradient_flow.dead':
      'Every layer’s gradient is 0: with seed {seed}, some layer has f′(z) = 0 on every unit, which cuts backpropagation off ({name} is completely dead). Try another seed.',
    'gradient_flow.jacobianTitle': 'The Jacobian diagonal f′(z) for one example',
    'gradient_flow.jacobianHint':
      'Each cell is one unit: columns are layers (first on the left), rows the units of a layer; darker means a larger f′(z). Backpropagation multiplies by these values layer after layer.',
    'gradient_flow.heatScale': 'f′(z) colour scale',
    'gradient_flow.heatAria':
      'Heat map of {name} derivative values, {depth} layers × {width} units. Smallest {min}, largest {max}.',
    'gradient_flow.jacobianRange': '{name}: f′(z) for this example ranges from {min} to {max}.',
    'gradient_flow.sigmoidBound':
      'The sigmoid’s derivative is at most {bound} everywhere, so every layer shrinks the gradient.',
  },
};
