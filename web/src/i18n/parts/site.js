// The teaching page's own text (web/index.html, web/src/site.js). Korean first (the default),
// English the toggle; identical keys. Written for ActLab — the seed post's ideas, in its order,
// in our own words, with the exact statement next to every simplification it makes.
// Keys: site.sN.title (section N, also its table-of-contents entry), site.sN.pK (paragraph),
// site.sN.hK (sub-heading), site.sN.exactK (the exact statement, shown after the label
// site.exactLabel), site.sN.tryK (what to try in the next lab). The formulas are not text to
// translate: their LaTeX is in site-formulas.js (one source for both languages).
export default {
  ko: {
    'site.meta.title': 'ActLab — 활성화 함수, 직접 움직여 보며 배우기',
    'site.meta.description':
      '신경망 활성화 함수(시그모이드, tanh, ReLU, Leaky ReLU, ELU, GELU, SiLU, 소프트맥스)를 ' +
      'WebAssembly로 계산하는 실험 도구와 함께 한국어로 설명하는 학습 페이지',
    'site.skip': '본문으로 건너뛰기',
    'site.brand': 'ActLab',
    'site.nav.label': '사이트 메뉴',
    'site.nav.explorer': '함수 탐색기',
    'site.nav.playground': '신경망 놀이터',
    'site.nav.embed': '블로그에 넣기',
    'site.lang.switchTo': 'English',

    'site.title': '활성화 함수, 직접 움직여 보며 배우기',
    'site.lead':
      '신경망에 비선형성을 불어넣는 활성화 함수를 시그모이드부터 ReLU 계열, GELU, SiLU, 소프트맥스까지 ' +
      '차례로 살펴봅니다. 절마다 실험 도구가 하나씩 있으니, 읽다가 직접 값을 바꿔 보세요.',
    'site.toc': '차례',
    'site.exactLabel': '정확히 말하면:',

    // 0 — what an activation function is
    'site.s0.title': '활성화 함수란 무엇인가요',
    'site.s0.p1':
      '신경망의 뉴런 하나는 두 단계로 일합니다. 먼저 입력 x₁, …, xₙ에 각각 가중치를 곱해 모두 더하고 ' +
      '편향 b를 더해 z를 만듭니다. 그다음 이 z를 함수 f에 넣어 출력 a = f(z)를 냅니다. ' +
      '여기서 f가 활성화 함수입니다.',
    'site.s0.p2':
      '층 전체로 보면 첫 단계는 행렬을 곱하고 벡터를 더하는 아핀 변환 z = Wx + b이고, ' +
      '둘째 단계는 f를 z의 성분마다 따로 적용하는 일입니다. 신경망은 이 두 단계를 층마다 번갈아 되풀이합니다.',
    'site.s0.p3':
      '아래 그래프의 항등 함수 f(z) = z는 활성화 함수가 없는 경우와 같습니다. ' +
      '같은 z라도 어떤 f를 거치느냐에 따라 다음 층으로 넘어가는 값이 완전히 달라집니다.',
    'site.s0.try1': '해 볼 것: 커서를 옮기며 같은 입력에 대해 세 함수가 내는 값을 비교해 보세요.',

    // 1 — linear layers collapse
    'site.s1.title': '비선형성이 필요한 이유',
    'site.s1.p1':
      '활성화 함수를 모두 빼면 어떻게 될까요? 두 층을 이어 붙인 식 W₂(W₁x + b₁) + b₂의 괄호를 풀어 보면 ' +
      '다음과 같이 정리됩니다.',
    'site.s1.p2':
      'W = W₂W₁, b = W₂b₁ + b₂로 두면 층 하나짜리 아핀 변환과 똑같습니다. 층을 열 개 쌓아도 마찬가지로 ' +
      '하나의 Wx + b로 합쳐집니다. 활성화 함수가 없으면 층을 깊게 쌓아도 계산만 늘 뿐, ' +
      '표현할 수 있는 함수는 전혀 늘지 않습니다.',
    'site.s1.p3':
      '아핀 변환 하나로 만들 수 있는 결정 경계는 직선(차원이 높으면 초평면) 하나뿐입니다. ' +
      '층 사이에 비선형 함수를 끼우면 이렇게 합쳐지는 일이 일어나지 않아, 층마다 공간을 구부리고 접을 수 있습니다. ' +
      '그 덕분에 신경망이 휘어진 결정 경계와 복잡한 패턴을 배울 수 있습니다.',
    'site.s1.try1':
      '해 볼 것: 활성화 함수 없이 쌓은 여러 층이 행렬 하나와 같은 결과를 내는지 확인하고, ' +
      '비선형 함수를 넣으면 무엇이 달라지는지 비교해 보세요.',

    // 2 — sigmoid, tanh, vanishing gradients
    'site.s2.title': '시그모이드와 tanh, 그리고 경사 소실',
    'site.s2.p1':
      '시그모이드는 초기 신경망에서 가장 많이 쓰인 활성화 함수입니다. 입력이 커질수록 출력이 1 쪽으로 ' +
      '‘켜지는’ 모양이 생물학적 뉴런의 발화와 닮아 직관적이었기 때문입니다.',
    'site.s2.p2':
      '어떤 실수를 넣어도 출력은 0과 1 사이에 들어옵니다(0과 1 자체에는 닿지 않습니다). ' +
      '그래서 출력을 확률처럼 읽을 수 있고, 지금도 이진 분류의 출력층에서는 시그모이드를 씁니다.',
    'site.s2.p3':
      '문제는 기울기입니다. σ′(x) = σ(x)(1 − σ(x))는 x = 0에서 가장 크고, 그 최댓값이 고작 0.25입니다. ' +
      '|x|가 커지면 σ는 0이나 1에 달라붙고 기울기는 0에 가까워집니다. 예를 들어 σ′(5)는 약 0.0066입니다. ' +
      '이렇게 기울기가 거의 없는 구간을 포화 구간이라고 부릅니다.',
    'site.s2.try1':
      '해 볼 것: 커서를 0에서 ±5 쪽으로 옮기며 f′(x)를 읽어 보세요. ' +
      '회색 띠는 기울기가 0.1보다 작은 포화 구간입니다.',
    'site.s2.h1': 'tanh: 0을 중심으로 하지만 여전히 포화합니다',
    'site.s2.p4':
      'tanh(x) = 2σ(2x) − 1은 시그모이드를 세로로 두 배 늘이고 아래로 내린 모양입니다. 출력 범위가 (−1, 1)이라 ' +
      '0을 중심으로 하고, x = 0에서 기울기도 1로 시그모이드보다 큽니다. 출력의 평균이 0 근처에 있으면 ' +
      '다음 층의 가중치가 한쪽으로만 움직이지 않아, 보통 시그모이드보다 학습이 잘 됩니다.',
    'site.s2.p5': '하지만 |x|가 커지면 tanh도 ±1에 달라붙어 기울기가 0으로 사라집니다. 포화 문제는 그대로 남습니다.',
    'site.s2.h2': '경사 소실: 작은 수를 층마다 곱하면',
    'site.s2.p6':
      '역전파는 손실을 각 가중치로 미분한 기울기를 연쇄 법칙으로 구합니다. 기울기는 출력층에서 입력층 쪽으로 ' +
      '거꾸로 전해지고, 층 하나를 지날 때마다 그 층 활성화 함수의 야코비 행렬이 곱해집니다.',
    'site.s2.p7':
      '활성화 함수는 성분마다 따로 적용되므로 그 야코비 행렬은 대각 행렬 diag(f′(z₁), …, f′(zₙ))입니다. ' +
      '결국 기울기의 각 성분에 f′(zᵢ)라는 수가 곱해지는 셈이고, 시그모이드라면 이 수가 모두 0.25 이하입니다.',
    'site.s2.p8':
      '층이 L개면 활성화 함수가 곱하는 몫만 따져도 0.25ᴸ 이하입니다. 10층이면 0.25¹⁰ ≈ 9.5 × 10⁻⁷이고, ' +
      '포화 구간의 뉴런은 이보다 훨씬 작은 수를 곱합니다. 그래서 입력층에 가까운 층일수록 기울기가 ' +
      '지수적으로 작아져 가중치가 거의 바뀌지 않습니다. 이것이 경사 소실입니다.',
    'site.s2.exact1':
      '가중치 행렬도 함께 곱해지므로, 기울기 전체가 반드시 0.25ᴸ보다 빨리 줄어든다는 뜻은 아닙니다. ' +
      '그러나 가중치를 키워 이를 메우려 하면 z가 커져 뉴런이 포화 구간으로 밀려나므로, ' +
      '시그모이드를 깊이 쌓으면 실제로는 기울기가 빠르게 사라집니다.',
    'site.s2.try2':
      '해 볼 것: 활성화 함수와 층 수를 바꿔 가며 층마다 기울기의 크기를 비교해 보세요. ' +
      '시그모이드에서는 입력층 쪽으로 갈수록 기울기가 급격히 줄어듭니다.',

    // 3 — ReLU, dying ReLU
    'site.s3.title': 'ReLU: 단순해서 강한 함수',
    'site.s3.p1':
      'ReLU(Rectified Linear Unit)는 입력이 양수이면 그대로 내보내고, 0 이하이면 0을 내보냅니다. ' +
      '비교 한 번이면 계산이 끝나 지수 함수가 필요한 시그모이드보다 훨씬 가볍습니다. ' +
      '깊은 신경망을 학습할 수 있게 만든 주역 가운데 하나이고, 지금도 은닉층의 기본 선택지입니다.',
    'site.s3.p2':
      '핵심은 x > 0에서 기울기가 정확히 1이라는 점입니다. 야코비 행렬의 그 대각 성분이 1이므로, ' +
      '활성화된 뉴런을 지나는 기울기는 활성화 함수 때문에 줄어들지 않고 그대로 아래층으로 전해집니다. ' +
      '층마다 0.25 이하를 곱하던 시그모이드와 달리, 깊이 쌓아도 이 몫 때문에 기울기가 사라지지는 않습니다.',
    'site.s3.exact1':
      'x = 0에서는 왼쪽 기울기(0)와 오른쪽 기울기(1)가 달라 미분할 수 없습니다. 구현에서는 ReLU′(0)을 ' +
      '0이나 1 가운데 하나로 정해 두는데, 이는 약속일 뿐입니다. 이 사이트는 PyTorch처럼 0을 씁니다.',
    'site.s3.try1':
      '해 볼 것: 커서를 0의 양쪽으로 옮겨 보세요. 양수 쪽의 f′(x)는 늘 1, 음수 쪽은 늘 0이고, ' +
      '0에서는 0이 나옵니다.',
    'site.s3.h1': '죽은 ReLU',
    'site.s3.p3':
      'ReLU의 약점은 음수 쪽 기울기가 0이라는 점입니다. 어떤 뉴런의 가중 합 z가 모든 학습 입력에 대해 ' +
      '음수가 되면, 그 뉴런은 언제나 0을 내보내고 기울기도 언제나 0입니다. 그러면 그 뉴런의 가중치와 편향은 ' +
      '더 이상 업데이트되지 않아, 다시 살아날 계기를 잃습니다. 이를 ‘죽은 ReLU’라고 합니다.',
    'site.s3.p4':
      '학습률이 너무 커서 한 번의 업데이트로 가중치가 크게 밀려나거나, 편향이 크게 음수가 되면 이런 일이 ' +
      '자주 생깁니다. 죽은 뉴런은 자리만 차지하고 아무 일도 하지 않습니다.',
    'site.s3.exact2':
      '‘영원히 죽는다’는 것은 그 뉴런 자신의 가중치만 보았을 때의 이야기입니다. 앞쪽 층이 계속 학습해 ' +
      '이 뉴런에 들어오는 입력이 달라지면, 드물지만 다시 살아날 수도 있습니다.',
    'site.s3.try2':
      '해 볼 것: 학습률과 편향의 초깃값을 키워 학습시켜 보고, 모든 입력에서 z < 0이 되어 ' +
      '멈춰 버린 뉴런이 몇 개인지 세어 보세요.',

    // 4 — Leaky ReLU, PReLU
    'site.s4.title': 'Leaky ReLU와 PReLU',
    'site.s4.p1':
      'Leaky ReLU는 음수 쪽을 0으로 막지 않고, 작은 기울기 α(흔히 0.01)로 조금 ‘새어’ 나가게 합니다. ' +
      '음수 입력에서도 기울기가 0이 아니라 α이므로, z < 0인 뉴런에도 작은 기울기가 전해집니다. ' +
      '그 덕분에 가중치가 뉴런을 다시 활성화하는 쪽으로 움직일 기회가 남습니다.',
    'site.s4.exact1':
      'max(αx, x)라고 쓰기도 하지만, 이 식이 위 정의와 같은 것은 0 ≤ α ≤ 1일 때뿐입니다. ' +
      'α > 1이면 max가 양수 쪽에서 αx를 고르기 때문입니다.',
    'site.s4.try1': '해 볼 것: ReLU와 Leaky ReLU를 나란히 놓고, 음수 쪽의 값과 기울기가 어떻게 다른지 비교해 보세요.',
    'site.s4.p2':
      'PReLU(Parametric ReLU)는 α를 미리 정하지 않고 다른 가중치처럼 학습으로 정합니다. ' +
      '채널마다 α를 따로 두는 경우가 많고, 흔한 초깃값은 0.25입니다. 음수 쪽을 얼마나 살릴지를 ' +
      '데이터가 정하게 하는 셈이라, Leaky ReLU보다 나은 성능을 기대할 때 시도해 볼 만합니다.',
    'site.s4.try2': '해 볼 것: PReLU를 학습시키며 α가 어떤 값으로 옮겨 가는지 지켜보세요.',

    // 5 — ELU
    'site.s5.title': 'ELU: 부드러운 음수 쪽',
    'site.s5.p1':
      'ELU(Exponential Linear Unit)는 음수 쪽을 직선 대신 지수 곡선으로 만듭니다. x > 0에서는 x 그대로이고, ' +
      'x ≤ 0에서는 α(eˣ − 1)이라서 x가 작아질수록 −α를 향해 부드럽게 포화합니다.',
    'site.s5.p2':
      '음수 값을 낼 수 있으므로 활성값의 평균이 ReLU보다 0에 가까워지고, 이것이 학습을 안정시키는 데 ' +
      '도움이 됩니다. 음수 쪽 기울기 αeˣ도 0이 아니어서 죽은 뉴런이 잘 생기지 않습니다. ' +
      '대신 지수 계산이 들어가 ReLU보다 느립니다.',
    'site.s5.exact1':
      '평균이 0에 ‘가까워진다’는 것이지 정확히 0이 된다는 보장은 없습니다. 또 x = 0에서 양쪽 기울기가 ' +
      '1로 매끄럽게 이어지는 것은 α = 1일 때뿐입니다.',
    'site.s5.try1':
      '해 볼 것: α를 바꿔 음수 쪽이 어디에서 포화하는지, 활성값의 평균이 ReLU와 어떻게 다른지 살펴보세요.',

    // 6 — GELU
    'site.s6.title': 'GELU: 정규 분포로 거르는 ReLU',
    'site.s6.p1':
      'GELU(Gaussian Error Linear Unit)는 BERT, GPT 같은 Transformer 모델에서 표준처럼 쓰이는 활성화 ' +
      '함수입니다. 입력 x에 표준 정규 분포의 누적 분포 함수 Φ(x)를 곱합니다.',
    'site.s6.p2':
      'Φ(x)는 x가 크면 1에, 크게 음수이면 0에 가깝습니다. 그래서 GELU는 큰 양수는 거의 그대로 통과시키고 ' +
      '큰 음수는 거의 0으로 만들며, 그 사이에서는 x를 Φ(x)의 비율만큼만 통과시킵니다. ' +
      '결과적으로 ReLU를 부드럽게 다듬은 모양이 되어, x = 0 근처에서도 기울기가 갑자기 꺾이지 않습니다. ' +
      '이 매끄러움이 학습을 안정시키는 데 도움이 된다고 알려져 있습니다.',
    'site.s6.exact1':
      'GELU도 단조 함수는 아닙니다. 음수 쪽에서 0 아래로 살짝 내려갔다가(x ≈ −0.75에서 최솟값 약 −0.17) ' +
      '다시 0으로 올라옵니다.',
    'site.s6.p3':
      'Φ에는 오차 함수 erf가 들어 있어 계산이 비싸다고 여겨졌고, 그래서 tanh를 쓴 근사식이 널리 쓰였습니다.',
    'site.s6.exact2':
      '이 tanh 식은 GELU 그 자체가 아니라 근사입니다. 두 식의 최대 차이는 10⁻⁴~10⁻³ 정도로 작지만 0은 아니며, ' +
      '아래 실험이 그 값을 직접 잽니다. 이 사이트는 정확한 식을 gelu, 근사식을 gelu_tanh라는 이름으로 구분합니다.',
    'site.s6.p4':
      '단점은 ReLU보다 계산이 무겁다는 것입니다. 그래도 Transformer 계열에서 좋은 성능이 거듭 확인되어 ' +
      '표준 선택지가 되었습니다.',
    'site.s6.try1':
      '해 볼 것: 정확한 GELU와 tanh 근사를 겹쳐 보고, 두 곡선의 차이가 가장 커지는 곳과 그 크기를 확인해 보세요.',

    // 7 — Swish / SiLU
    'site.s7.title': 'Swish와 SiLU: 스스로 여닫는 문',
    'site.s7.p1':
      'Swish는 입력 x에 시그모이드 σ(βx)를 곱합니다. 0과 1 사이의 값인 시그모이드가 ‘문’이 되어 ' +
      'x를 얼마나 통과시킬지 정하는데, 그 문을 여닫는 것이 x 자신이라서 자기 게이팅(self-gating)이라고 부릅니다. ' +
      'β = 1인 경우가 SiLU(Sigmoid Linear Unit)입니다.',
    'site.s7.p2':
      'Google Brain 연구진이 여러 후보 식을 자동으로 탐색해 찾아내고 Swish라는 이름을 붙였습니다. ' +
      '다만 β = 1인 같은 함수는 그보다 먼저 SiLU라는 이름으로 제안된 적이 있습니다.',
    'site.s7.p3':
      'Swish는 단조 함수가 아닙니다. 음수 쪽에서 0 아래로 조금 파였다가, x가 −∞로 갈수록 다시 0으로 돌아옵니다. ' +
      'β = 1이면 x ≈ −1.278에서 최솟값 약 −0.278을 찍습니다. 이런 비단조성과 매끄러움이 모델의 표현력을 ' +
      '높인다고 알려져 있습니다.',
    'site.s7.exact1':
      '‘음수 쪽에서 작은 양수 값을 가진다’고 설명하는 글도 있지만, β ≥ 0이면 음수 입력에 대한 Swish의 값은 ' +
      '언제나 음수입니다. x < 0이고 σ(βx) > 0이니 둘의 곱은 음수이고, 곡선은 0 아래로 파였다가 돌아옵니다.',
    'site.s7.p4':
      'β는 모양을 조절하는 손잡이입니다. β = 0이면 σ(0) = 1/2이라 Swish는 직선 x/2가 되고, β가 커질수록 ' +
      'σ(βx)가 계단 함수에 가까워져 ReLU와 비슷해집니다. 즉 β는 선형 함수와 ReLU 사이를 잇습니다.',
    'site.s7.try1':
      '해 볼 것: β를 0부터 크게 움직이며 곡선이 직선에서 ReLU 모양으로 바뀌는 모습과, 음수 쪽 최솟값의 위치를 확인해 보세요.',
    'site.s7.p5':
      'GELU처럼 매끄러우면서 식은 더 단순하고, GELU와 비슷한 성능을 내는 경우가 많습니다. ' +
      'EfficientNet 같은 최신 비전 모델에서 ReLU 대신 쓰여 성능을 높였습니다. 다만 지수 계산이 들어가 ' +
      'ReLU보다는 무겁습니다.',
    'site.s7.try2':
      '해 볼 것: ReLU, SiLU, GELU를 한 그래프에 놓고 0 근처의 모양과 음수 쪽의 작은 파임을 비교해 보세요.',

    // 8 — softmax
    'site.s8.title': '소프트맥스: 출력층의 확률 분포',
    'site.s8.p1':
      '지금까지 본 함수는 주로 은닉층에서 쓰입니다. 소프트맥스는 다중 클래스 분류의 출력층에서 쓰는 함수로, ' +
      '성분마다 따로 계산하지 않고 벡터 전체를 한꺼번에 바꿉니다. 모델이 낸 점수 벡터(로짓) z = (z₁, …, zₙ)을 ' +
      '합이 1인 확률 분포로 만듭니다.',
    'site.s8.p2':
      '먼저 각 로짓에 지수 함수를 씌워 모두 양수로 만들고, 그 합으로 나누어 정규화합니다. 지수 함수 때문에 ' +
      '로짓 사이의 차이가 확률에서는 더 크게 벌어집니다. 또 모든 로짓에 같은 수를 더해도 결과는 변하지 않습니다.',
    'site.s8.p3':
      '예를 들어 [고양이, 개, 새]의 로짓이 [2.0, 1.0, 0.1]이면 소프트맥스는 약 [0.659, 0.242, 0.099]를 ' +
      '내놓습니다. 확률이 가장 큰 ‘고양이’를 예측으로 고르면 됩니다.',
    'site.s8.exact1':
      '이 예의 결과를 [0.7, 0.2, 0.1]로 어림해 소개하는 경우가 많지만, 실제 값은 [0.659, 0.242, 0.099]입니다. ' +
      '아래 실험의 처음 입력이 바로 이 로짓입니다.',
    'site.s8.p4':
      '로짓을 온도 T로 나눈 뒤 소프트맥스를 적용하기도 합니다. T < 1이면 가장 큰 로짓 쪽으로 확률이 몰리고, ' +
      'T > 1이면 고르게 퍼집니다. T → 0이면 (가장 큰 로짓이 하나뿐일 때) 그 클래스의 확률이 1에, ' +
      'T → ∞이면 모든 클래스가 1/n에 가까워집니다.',
    'site.s8.p5':
      'exp(1000) 같은 값은 부동소수점 범위를 넘어 버립니다. 그래서 실제 구현은 가장 큰 로짓 m을 모든 성분에서 ' +
      '뺀 뒤 계산합니다. 같은 수를 빼도 결과가 같다는 성질 덕분에 값은 그대로이고, 지수의 인자가 모두 0 이하라서 ' +
      '넘치지 않습니다.',
    'site.s8.p6':
      '소프트맥스의 출력 하나하나는 모든 로짓에 의존합니다. 그래서 야코비 행렬이 시그모이드나 ReLU처럼 ' +
      '대각 행렬이 아니라 꽉 찬 행렬입니다.',
    'site.s8.p7':
      '교차 엔트로피 손실과 함께 쓰면 로짓에 대한 기울기가 p − y(y는 정답의 원-핫 벡터)라는 간단한 꼴이 됩니다. ' +
      '클래스가 두 개일 때의 소프트맥스는 시그모이드와 같습니다. softmax([z, 0])의 첫 성분이 σ(z)입니다.',
    'site.s8.try1':
      '해 볼 것: 로짓과 온도를 바꿔 보며 확률의 합이 언제나 1인지, 온도에 따라 분포가 어떻게 ' +
      '뾰족해지고 평평해지는지 확인해 보세요.',

    // 9 — summary
    'site.s9.title': '정리: 어떤 함수를 고를까요',
    'site.s9.p1':
      '모든 상황에서 가장 좋은 활성화 함수는 없습니다. 그래도 다음 원칙에서 출발하면 대부분 무리가 없습니다.',
    'site.s9.h1': '은닉층',
    'site.s9.p2':
      'ReLU로 시작하세요. 빠르고 대부분의 경우 충분히 잘 동작합니다. 죽은 뉴런이 걱정되면 Leaky ReLU나 PReLU, ' +
      '활성값의 평균을 0 가까이 두고 싶으면 ELU를 시도해 보세요. 성능을 더 끌어올리고 싶다면 GELU나 ' +
      'SiLU(Swish)가 좋은 후보입니다.',
    'site.s9.p3':
      '구조가 이미 정해져 있다면 그 구조의 표준을 따르는 편이 안전합니다. 예를 들어 Transformer에서는 GELU를 씁니다. ' +
      '시그모이드와 tanh는 경사 소실 때문에 깊은 은닉층에서는 잘 쓰지 않지만, LSTM의 게이트처럼 ' +
      '0~1 또는 −1~1 범위가 필요한 곳에서는 여전히 중요합니다.',
    'site.s9.h2': '출력층',
    'site.s9.p4':
      '출력층의 함수는 문제의 종류가 정합니다. 이진 분류는 시그모이드(확률 하나), 다중 클래스 분류는 ' +
      '소프트맥스(합이 1인 확률 분포), 회귀는 활성화 함수 없는 항등 함수 f(x) = x를 씁니다. ' +
      '한 입력에 여러 레이블이 동시에 붙을 수 있는 다중 레이블 분류라면 출력마다 시그모이드를 씁니다.',
    'site.s9.try1': '해 볼 것: 표에서 함수들의 성질을 비교하고, 함수 이름을 눌러 그 함수를 설명한 절로 돌아가 보세요.',

    'site.footer':
      '이 페이지의 모든 숫자와 곡선은 브라우저 안에서 실행되는 C++17/WebAssembly 코어가 계산합니다. ' +
      '서버로 보내는 데이터는 없습니다.',
  },
  en: {
    'site.meta.title': 'ActLab — Activation functions, hands-on',
    'site.meta.description':
      'A Korean-first lesson on neural-network activation functions (sigmoid, tanh, ReLU, Leaky ReLU, ELU, ' +
      'GELU, SiLU, softmax) with labs computed in WebAssembly',
    'site.skip': 'Skip to the content',
    'site.brand': 'ActLab',
    'site.nav.label': 'Site menu',
    'site.nav.explorer': 'Function explorer',
    'site.nav.embed': 'Embed in a blog',
    'site.nav.playground': 'Network playground',
    'site.lang.switchTo': '한국어',

    'site.title': 'Activation functions, hands-on',
    'site.lead':
      'A walk through the functions that give neural networks their nonlinearity: sigmoid, the ReLU family, ' +
      'GELU, SiLU and softmax. Every section has a lab, so change the numbers yourself as you read.',
    'site.toc': 'Contents',
    'site.exactLabel': 'To be exact:',

    'site.s0.title': 'What an activation function is',
    'site.s0.p1':
      'A single neuron works in two steps. First it multiplies the inputs x₁, …, xₙ by their weights, adds them up ' +
      'and adds a bias b, giving z. Then it passes z through a function f and outputs a = f(z). ' +
      'That f is the activation function.',
    'site.s0.p2':
      'For a whole layer, the first step is an affine map z = Wx + b (a matrix product plus a vector), and the ' +
      'second applies f to each component of z on its own. A network alternates these two steps, layer after layer.',
    'site.s0.p3':
      'The identity f(z) = z in the chart below is the same as having no activation at all. The same z can ' +
      'send completely different values to the next layer, depending on which f it goes through.',
    'site.s0.try1': 'Try: move the cursor and compare what the three functions make of the same input.',

    'site.s1.title': 'Why a network needs nonlinearity',
    'site.s1.p1': 'What if we remove every activation? Take two layers, W₂(W₁x + b₁) + b₂, and expand the brackets:',
    'site.s1.p2':
      'With W = W₂W₁ and b = W₂b₁ + b₂ this is exactly a one-layer affine map. Ten layers collapse into a single ' +
      'Wx + b just the same. Without activations, depth only adds computation; it adds nothing to what the ' +
      'network can represent.',
    'site.s1.p3':
      'A single affine map can only draw one straight decision boundary (a hyperplane in higher dimensions). ' +
      'A nonlinear function between the layers stops them from collapsing, so each layer can bend and fold the ' +
      'space. That is what lets a network learn curved decision boundaries and complex patterns.',
    'site.s1.try1':
      'Try: check that several layers stacked without activations give the same result as one matrix, ' +
      'then add a nonlinearity and see what changes.',

    'site.s2.title': 'Sigmoid, tanh and vanishing gradients',
    'site.s2.p1':
      'The sigmoid was the most popular activation of early neural networks. Its output “switches on” towards ' +
      '1 as the input grows, much like a biological neuron firing, which made it intuitive.',
    'site.s2.p2':
      'Whatever real number goes in, the output lies between 0 and 1 (it never reaches 0 or 1 themselves). ' +
      'So the output reads like a probability, and the sigmoid is still the output layer of binary classifiers.',
    'site.s2.p3':
      'The trouble is its slope. σ′(x) = σ(x)(1 − σ(x)) is largest at x = 0, and that maximum is only 0.25. ' +
      'As |x| grows, σ sticks to 0 or 1 and the slope goes to 0: σ′(5) is about 0.0066. ' +
      'Such stretches with almost no slope are called saturated.',
    'site.s2.try1':
      'Try: move the cursor from 0 towards ±5 and read f′(x). ' +
      'The grey bands mark saturation, where the slope is below 0.1.',
    'site.s2.h1': 'tanh: zero-centred, but it saturates too',
    'site.s2.p4':
      'tanh(x) = 2σ(2x) − 1 is the sigmoid stretched to twice the height and moved down. Its range is (−1, 1), ' +
      'centred on 0, and its slope at x = 0 is 1, larger than the sigmoid’s. With outputs averaging near 0, the ' +
      'next layer’s weights do not all have to move in the same direction, so tanh usually trains better than the sigmoid.',
    'site.s2.p5': 'But for large |x| tanh also sticks to ±1 and its slope vanishes. The saturation problem remains.',
    'site.s2.h2': 'Vanishing gradients: multiplying small numbers, layer after layer',
    'site.s2.p6':
      'Backpropagation finds the derivative of the loss with respect to every weight by the chain rule. The ' +
      'gradient travels backwards from the output layer towards the input, and each layer it crosses multiplies ' +
      'it by the Jacobian matrix of that layer’s activation.',
    'site.s2.p7':
      'An activation acts on each component separately, so its Jacobian is the diagonal matrix ' +
      'diag(f′(z₁), …, f′(zₙ)): each component of the gradient is simply multiplied by the number f′(zᵢ). ' +
      'For the sigmoid, every one of those numbers is at most 0.25.',
    'site.s2.p8':
      'Through L layers, the activations’ share alone is at most 0.25ᴸ. For 10 layers that is ' +
      '0.25¹⁰ ≈ 9.5 × 10⁻⁷, and saturated neurons contribute far smaller factors. So the gradient shrinks ' +
      'exponentially towards the input, and the layers there hardly change. This is the vanishing gradient.',
    'site.s2.exact1':
      'The weight matrices multiply in as well, so the whole gradient need not shrink faster than 0.25ᴸ. ' +
      'But making the weights larger to compensate makes z larger and pushes neurons into saturation, so in ' +
      'practice a deep stack of sigmoids does lose its gradient quickly.',
    'site.s2.try2':
      'Try: change the activation and the number of layers and compare the gradient’s size layer by layer. ' +
      'With the sigmoid it drops sharply towards the input layer.',

    'site.s3.title': 'ReLU: strong because simple',
    'site.s3.p1':
      'The ReLU (rectified linear unit) passes a positive input unchanged and outputs 0 otherwise. One ' +
      'comparison and it is done, much cheaper than the sigmoid’s exponential. It is one of the functions that ' +
      'made deep networks trainable, and it is still the default choice for hidden layers.',
    'site.s3.p2':
      'The key is that for x > 0 the slope is exactly 1. That diagonal entry of the Jacobian is 1, so a gradient ' +
      'passing through an active neuron reaches the layer below without being shrunk by the activation. Unlike ' +
      'the sigmoid’s factor of at most 0.25 per layer, this share does not make the gradient vanish, however deep the stack.',
    'site.s3.exact1':
      'At x = 0 the left slope (0) and the right slope (1) differ, so ReLU has no derivative there. ' +
      'Implementations just pick ReLU′(0) = 0 or 1; it is a convention. This site uses 0, as PyTorch does.',
    'site.s3.try1':
      'Try: move the cursor to either side of 0. On the positive side f′(x) is always 1, on the negative ' +
      'side always 0, and at 0 it is 0.',
    'site.s3.h1': 'Dying ReLU',
    'site.s3.p3':
      'ReLU’s weak spot is its zero slope for negative inputs. If a neuron’s weighted sum z is negative for every ' +
      'training input, the neuron always outputs 0 and its gradient is always 0. Its weights and bias then stop ' +
      'being updated, so nothing can bring it back. This is called a dying (dead) ReLU.',
    'site.s3.p4':
      'It happens most with a learning rate so large that one update throws the weights far off, or with ' +
      'strongly negative biases. A dead neuron takes up room and does nothing.',
    'site.s3.exact2':
      '“Dead forever” holds for the neuron’s own weights. If the earlier layers keep learning and change the ' +
      'inputs it receives, it can, rarely, come back to life.',
    'site.s3.try2':
      'Try: train with a larger learning rate and a more negative initial bias, and count the neurons that got ' +
      'stuck with z < 0 for every input.',

    'site.s4.title': 'Leaky ReLU and PReLU',
    'site.s4.p1':
      'Leaky ReLU does not block the negative side completely: it lets a little “leak” through with a small slope ' +
      'α (often 0.01). For negative inputs the slope is α instead of 0, so a neuron with z < 0 still receives a ' +
      'small gradient, and its weights keep a chance to move it back into the active region.',
    'site.s4.exact1':
      'It is also written max(αx, x), but that matches the definition above only for 0 ≤ α ≤ 1: ' +
      'for α > 1 the max picks αx on the positive side.',
    'site.s4.try1':
      'Try: put ReLU and Leaky ReLU side by side and compare their values and slopes on the negative side.',
    'site.s4.p2':
      'PReLU (parametric ReLU) does not fix α in advance; it learns α like any other weight, often one α per ' +
      'channel, commonly starting at 0.25. The data decide how much of the negative side to keep, which makes ' +
      'it worth a try when you hope to do better than Leaky ReLU.',
    'site.s4.try2': 'Try: train a PReLU and watch where α moves.',

    'site.s5.title': 'ELU: a smooth negative side',
    'site.s5.p1':
      'ELU (exponential linear unit) replaces the negative straight line by an exponential curve. For x > 0 it ' +
      'is x; for x ≤ 0 it is α(eˣ − 1), which levels off smoothly towards −α as x decreases.',
    'site.s5.p2':
      'Because it can output negative values, its mean activation sits closer to 0 than ReLU’s, which helps ' +
      'training stay stable. Its negative-side slope αeˣ is not 0 either, so neurons rarely die. ' +
      'The price is an exponential, which makes it slower than ReLU.',
    'site.s5.exact1':
      'The mean gets “closer to” 0; nothing guarantees it is exactly 0. And the slopes on both sides of ' +
      'x = 0 meet smoothly at 1 only when α = 1.',
    'site.s5.try1':
      'Try: change α, see where the negative side levels off, and how the mean activation compares with ReLU’s.',

    'site.s6.title': 'GELU: ReLU filtered through the normal distribution',
    'site.s6.p1':
      'GELU (Gaussian error linear unit) is the de-facto standard activation of Transformer models such as BERT ' +
      'and GPT. It multiplies the input x by Φ(x), the cumulative distribution function of the standard normal distribution.',
    'site.s6.p2':
      'Φ(x) is close to 1 for large x and close to 0 for very negative x. So GELU lets large positive values ' +
      'through almost unchanged, sends large negative values to almost 0, and in between passes x in the ' +
      'proportion Φ(x). The result is a smoothed ReLU whose slope does not jump at x = 0, a smoothness ' +
      'credited with making training more stable.',
    'site.s6.exact1':
      'GELU is not monotonic either: on the negative side it dips slightly below 0 (minimum about −0.17 near ' +
      'x ≈ −0.75) and then rises back to 0.',
    'site.s6.p3':
      'Φ contains the error function erf, which was considered expensive, so an approximation using tanh became common:',
    'site.s6.exact2':
      'This tanh formula is an approximation, not GELU itself. The largest difference between the two is small, ' +
      'of the order of 10⁻⁴ to 10⁻³, but not zero, and the lab below measures it. This site calls the exact ' +
      'function gelu and the approximation gelu_tanh.',
    'site.s6.p4':
      'Its drawback is that it costs more than ReLU. Still, it has repeatedly proved itself in Transformer ' +
      'models and became their standard choice.',
    'site.s6.try1':
      'Try: overlay the exact GELU and its tanh approximation, and find where the two curves differ most and by how much.',

    'site.s7.title': 'Swish and SiLU: a self-gated unit',
    'site.s7.p1':
      'Swish multiplies the input x by the sigmoid σ(βx). The sigmoid, a number between 0 and 1, acts as a gate ' +
      'deciding how much of x gets through, and since x itself opens and closes the gate, this is called ' +
      'self-gating. The case β = 1 is SiLU (sigmoid linear unit).',
    'site.s7.p2':
      'Researchers at Google Brain found it with an automated search over candidate formulas and named it Swish. ' +
      'The same function with β = 1 had, however, been proposed earlier under the name SiLU.',
    'site.s7.p3':
      'Swish is not monotonic. On the negative side it dips a little below 0, then returns to 0 as x goes to ' +
      '−∞. For β = 1 its minimum is about −0.278, at x ≈ −1.278. This non-monotonicity, together with ' +
      'smoothness, is believed to help the model’s expressiveness.',
    'site.s7.exact1':
      'Some explanations say it takes “small positive values” for negative inputs, but for β ≥ 0 Swish is ' +
      'always negative there: x < 0 and σ(βx) > 0, so their product is negative. The curve dips below 0 and comes back.',
    'site.s7.p4':
      'β is the knob that sets the shape. At β = 0, σ(0) = 1/2 and Swish is the straight line x/2; as β grows, ' +
      'σ(βx) approaches a step function and Swish approaches ReLU. So β connects a linear function with ReLU.',
    'site.s7.try1':
      'Try: move β from 0 upwards; watch the curve turn from a straight line into a ReLU shape, and where the negative minimum sits.',
    'site.s7.p5':
      'It is smooth like GELU with a simpler formula, and often performs about as well as GELU. Modern vision ' +
      'models such as EfficientNet use it instead of ReLU for better accuracy. Its exponential does make it ' +
      'more expensive than ReLU.',
    'site.s7.try2':
      'Try: put ReLU, SiLU and GELU on one chart and compare their shapes near 0 and their small negative dips.',

    'site.s8.title': 'Softmax: probabilities at the output layer',
    'site.s8.p1':
      'The functions so far are mostly used in hidden layers. Softmax belongs to the output layer of multi-class ' +
      'classifiers, and instead of acting on each component separately, it transforms the whole vector at once: ' +
      'it turns the model’s scores (logits) z = (z₁, …, zₙ) into a probability distribution that sums to 1.',
    'site.s8.p2':
      'First the exponential makes every logit positive, then dividing by their sum normalises them. The ' +
      'exponential also widens the gaps between logits in the probabilities. Adding the same number to every ' +
      'logit leaves the result unchanged.',
    'site.s8.p3':
      'For example, if the logits for [cat, dog, bird] are [2.0, 1.0, 0.1], softmax gives about ' +
      '[0.659, 0.242, 0.099]. Choosing the largest probability, the prediction is “cat”.',
    'site.s8.exact1':
      'This example is often rounded to [0.7, 0.2, 0.1], but the actual values are [0.659, 0.242, 0.099]. ' +
      'These logits are the starting input of the lab below.',
    'site.s8.p4':
      'The logits are sometimes divided by a temperature T first. With T < 1 the probability piles onto the ' +
      'largest logit; with T > 1 it spreads out. As T → 0 the probability of the largest logit (if it is unique) ' +
      'goes to 1; as T → ∞ every class approaches 1/n.',
    'site.s8.p5':
      'A value like exp(1000) overflows floating point. Real implementations therefore subtract the largest ' +
      'logit m from every component first. Since subtracting the same number changes nothing, the result is the ' +
      'same, and with every exponent at most 0 nothing overflows.',
    'site.s8.p6':
      'Each output of softmax depends on every logit, so its Jacobian is a full matrix, not a diagonal one as for ' +
      'the sigmoid or ReLU.',
    'site.s8.p7':
      'Paired with the cross-entropy loss, the gradient with respect to the logits takes the simple form p − y ' +
      '(y the one-hot vector of the true class). With two classes, softmax is the sigmoid: the first component of ' +
      'softmax([z, 0]) is σ(z).',
    'site.s8.try1':
      'Try: change the logits and the temperature; check that the probabilities always sum to 1 and watch the ' +
      'temperature sharpen or flatten the distribution.',

    'site.s9.title': 'Summary: which one to choose',
    'site.s9.p1': 'No activation function is best in every situation, but starting from these rules rarely goes wrong.',
    'site.s9.h1': 'Hidden layers',
    'site.s9.p2':
      'Start with ReLU: it is fast and works well enough in most cases. If dying neurons worry you, try Leaky ReLU ' +
      'or PReLU; if you want mean activations near 0, try ELU. To push performance further, GELU and SiLU (Swish) ' +
      'are good candidates.',
    'site.s9.p3':
      'If the architecture is already fixed, following its standard is the safe choice: Transformers use GELU, ' +
      'for example. The sigmoid and tanh are rarely used in deep hidden layers because of vanishing gradients, ' +
      'but they still matter wherever a 0…1 or −1…1 range is needed, such as the gates of an LSTM.',
    'site.s9.h2': 'Output layer',
    'site.s9.p4':
      'The output function follows from the task: the sigmoid for binary classification (one probability), ' +
      'softmax for multi-class classification (a distribution summing to 1), and the identity f(x) = x, i.e. no ' +
      'activation, for regression. For multi-label classification, where one input can carry several labels at ' +
      'once, use a sigmoid on each output.',
    'site.s9.try1':
      'Try: compare the functions’ properties in the table, and follow a function’s name back to the section that explains it.',

    'site.footer':
      'Every number and curve on this page is computed by a C++17/WebAssembly core running in your browser. ' +
      'No data is sent to a server.',
  },
};
