// <actlab-linear-collapse>
export default {
  ko: {
    'linear_collapse.title': '활성화 함수가 없으면 층은 하나로 합쳐진다',
    'linear_collapse.intro':
      '무작위 가중치로 만든 아핀 층을 여러 개 이어 붙인 뒤, 그 가중치를 곱해 단 하나의 W·x + b로 줄여 봅니다. 층 사이에 활성화 함수를 넣으면 무엇이 달라지는지도 확인해 보세요.',
    'linear_collapse.layers': '선형 층 개수',
    'linear_collapse.activation': '층 사이의 활성화 함수',
    'linear_collapse.noActivation': '없음 (항등 함수)',
    'linear_collapse.seed': '가중치 시드',
    'linear_collapse.layerWeights': '층별 가중치와 편향 보기 (WASM 코어가 만든 값)',
    'linear_collapse.collapsedTitle': '하나로 합친 변환: W = {chain}, b는 편향을 차례로 전달한 값',
    'linear_collapse.scatterCaption':
      '가로축은 합친 식 W·x + b의 값, 세로축은 층을 쌓은 망이 실제로 낸 출력입니다. 점이 점선(y = x) 위에 놓이면 두 값이 같다는 뜻입니다.',
    'linear_collapse.scatterAriaOn':
      '점 {n}개가 모두 대각선 위에 놓인 산점도: 층을 쌓은 망과 W·x + b의 출력이 같습니다.',
    'linear_collapse.scatterAriaOff': '점 {n}개가 대각선에서 벗어난 산점도: 층을 쌓은 망의 출력이 W·x + b와 다릅니다.',
    'linear_collapse.difference': '[−3, 3]² 위의 점 {n}개에서 |망의 출력 − (W·x + b)|의 최댓값: {d}.',
    'linear_collapse.collapses':
      'float32 반올림 오차 수준이므로, 여러 층을 쌓았어도 결국 아핀 변환 하나와 똑같이 동작합니다.',
    'linear_collapse.noCollapse':
      '차이가 뚜렷합니다. 층 사이에 {name}이(가) 끼어 있어 가중치 곱 하나로 줄일 수 없습니다.',
    'linear_collapse.boundaryTitle': '원형 데이터로 확인하기',
    'linear_collapse.boundaryIntro':
      '안쪽 원과 바깥 고리는 직선 하나로 나눌 수 없습니다. 두 분류기를 같은 조건(Adam, {epochs} 에포크)으로 학습시켜 결정 영역을 비교해 보세요.',
    'linear_collapse.linearNet': '선형 층만 {n}개 (각 {units}개 유닛, 활성화 없음)',
    'linear_collapse.nonlinearNet': '{name} 은닉층 1개 ({units}개 유닛)',
    'linear_collapse.testAccuracy': '테스트 정확도 {acc}',
    'linear_collapse.markers':
      '동그라미는 안쪽 원 클래스, ×는 바깥 고리 클래스입니다. 배경색은 분류기가 예측한 영역입니다.',
    'linear_collapse.boardLinearAria': '선형 층만 쓴 분류기의 결정 영역: 직선 경계, 테스트 정확도 {acc}',
    'linear_collapse.boardNonlinearAria': '비선형 은닉층이 있는 분류기의 결정 영역, 테스트 정확도 {acc}',
    'linear_collapse.train': '학습 시작',
    'linear_collapse.pause': '일시 정지',
    'linear_collapse.resume': '학습 계속',
    'linear_collapse.retrain': '처음부터 다시 학습',
    'linear_collapse.epoch': '에포크 {epoch} / {total}',
    'linear_collapse.accuracy': '에포크 {epoch}: 선형 층만 쓴 분류기 {linear}, 비선형 은닉층이 있는 분류기 {nonlinear}',
  },
  en: {
    'linear_collapse.title': 'Without an activation function, layers merge into one',
    'linear_collapse.intro':
      'Chain several affine layers with random weights, then multiply those weights into a single W·x + b. Put an activation function between the layers and see what changes.',
    'linear_collapse.layers': 'Linear layers',
    'linear_collapse.activation': 'Activation between layers',
    'linear_collapse.noActivation': 'None (identity)',
    'linear_collapse.seed': 'Weight seed',
    'linear_collapse.layerWeights': 'Weights and biases of each layer (made by the WASM core)',
    'linear_collapse.collapsedTitle': 'The merged map: W = {chain}, b = the biases carried through the layers',
    'linear_collapse.scatterCaption':
      'Horizontal: the merged map W·x + b. Vertical: what the stacked network actually outputs. Points on the dashed line (y = x) mean the two agree.',
    'linear_collapse.scatterAriaOn':
      'Scatter plot with all {n} points on the diagonal: the stacked network and W·x + b give the same output.',
    'linear_collapse.scatterAriaOff':
      'Scatter plot with {n} points off the diagonal: the stacked network differs from W·x + b.',
    'linear_collapse.difference': 'Largest |network output − (W·x + b)| over {n} points of [−3, 3]²: {d}.',
    'linear_collapse.collapses':
      'That is float32 rounding: however many layers are stacked, they act exactly like one affine map.',
    'linear_collapse.noCollapse':
      'A clear difference: with {name} between the layers, no single product of weights can replace them.',
    'linear_collapse.boundaryTitle': 'Check it on circle data',
    'linear_collapse.boundaryIntro':
      'No straight line separates the inner disc from the outer ring. Train both classifiers the same way (Adam, {epochs} epochs) and compare their decision regions.',
    'linear_collapse.linearNet': 'Only linear layers: {n} of {units} units, no activation',
    'linear_collapse.nonlinearNet': 'One {name} hidden layer ({units} units)',
    'linear_collapse.testAccuracy': 'Test accuracy {acc}',
    'linear_collapse.markers':
      'Circles are the inner class, crosses the outer ring. The background shows the region each classifier predicts.',
    'linear_collapse.boardLinearAria':
      'Decision regions of the classifier with only linear layers: a straight boundary, test accuracy {acc}',
    'linear_collapse.boardNonlinearAria':
      'Decision regions of the classifier with a nonlinear hidden layer, test accuracy {acc}',
    'linear_collapse.train': 'Train',
    'linear_collapse.pause': 'Pause',
    'linear_collapse.resume': 'Resume training',
    'linear_collapse.retrain': 'Train again from scratch',
    'linear_collapse.epoch': 'Epoch {epoch} / {total}',
    'linear_collapse.accuracy': 'Epoch {epoch}: only linear layers {linear}, with a nonlinear hidden layer {nonlinear}',
  },
};
