// The blog-embed documentation page (web/embed.html, src/embed-docs-page.js): every text of the
// page and the descriptions of the reference tables (src/model/embed-docs.js holds the data).
// Korean first (the default), English the toggle; identical keys. Keys: ed.* (page),
// ed.sec.<section>.* (a section of the post), ed.ex.<example> (a preview's caption),
// ed.el.<element> (what an element shows), ed.ref.<element>.<attribute|member> (reference),
// ed.common.*, ed.css.*, ed.type.*, ed.def.*, ed.range.*, ed.th.* (table headers);
export default {
  ko: {
    'ed.meta.title': 'ActLab — 블로그에 실습 위젯 넣기',
    'ed.meta.description':
      'ActLab의 활성화 함수 실습 위젯을 Jekyll 블로그 글에 넣는 방법: 파일 하나 복사, 스크립트 한 줄, ' +
      '태그 붙여 넣기. 절마다 복사할 코드와 미리보기, 모든 속성과 이벤트의 레퍼런스.',
    'ed.title': '블로그 글에 실습 위젯 넣기',
    'ed.lead':
      '이 사이트의 실습 도구는 모두 HTML 태그 하나로 쓸 수 있는 위젯입니다. 파일 하나를 블로그에 올리고 ' +
      '스크립트 한 줄을 넣으면, 글 어디에든 태그를 붙여 넣어 살아 움직이는 그래프를 보여 줄 수 있습니다.',
    'ed.noscript': '이 페이지의 미리보기는 JavaScript와 WebAssembly가 있어야 보입니다.',
    'ed.toc': '차례',

    // copy buttons
    'ed.copy': '복사',
    'ed.copied': '클립보드에 복사했습니다.',
    'ed.copyFallback':
      '이 브라우저에서는 자동으로 복사할 수 없어 코드를 선택해 두었습니다. Ctrl+C(Mac은 ⌘C)로 복사하세요.',
    'ed.code.snippet': '{tag} 코드',
    'ed.code.shell': '터미널',
    'ed.code.html': 'HTML',
    'ed.code.markdown': '글(마크다운)',
    'ed.code.header': 'HTTP 응답 헤더',
    'ed.code.css': 'CSS',
    'ed.code.js': 'JavaScript',
    'ed.preview': '미리보기',

    // three steps
    'ed.start.title': '세 단계로 시작하기',
    'ed.start.intro':
      'Jekyll 블로그(예: Minimal Mistakes 테마)를 기준으로 설명하지만, HTML을 그대로 내보내는 블로그라면 어디서나 같습니다.',
    'ed.start.s1.title': '1단계: actlab.js를 assets/에 복사하기',
    'ed.start.s1.text':
      'build/embed/actlab.js 한 파일에 위젯과 계산 코어(WebAssembly)가 모두 들어 있습니다. ' +
      '블로그 저장소의 assets/ 폴더에 복사하세요. 다른 파일은 필요 없습니다.',
    'ed.start.s2.title': '2단계: 스크립트 한 줄 넣기',
    'ed.start.s2.text':
      'Minimal Mistakes에서는 _includes/head/custom.html에 아래 한 줄을 넣으면 모든 글에서 위젯을 쓸 수 있습니다. ' +
      '파일이 없으면 만들면 됩니다. relative_url 필터가 baseurl을 붙여 주므로 하위 경로에 있는 블로그에서도 그대로 동작합니다.',
    'ed.start.s2.alt':
      '위젯이 들어가는 글이 몇 개뿐이라면, 테마를 건드리지 않고 그 글의 머리말(front matter) 바로 아래에 같은 줄을 넣어도 됩니다. ' +
      '한 페이지에 두 번 들어가도 문제없습니다.',
    'ed.start.s3.title': '3단계: 글에 위젯 태그 붙여 넣기',
    'ed.start.s3.text':
      '아래 예시의 코드를 복사해 마크다운 글 안에 그대로 붙여 넣으세요. kramdown은 HTML 태그를 건드리지 않고 통과시킵니다. ' +
      '태그 앞뒤에 빈 줄을 하나씩 두면 문단에 섞이지 않습니다.',
    'ed.start.done':
      '이것으로 끝입니다. 위젯은 화면 가까이 스크롤될 때 비로소 계산을 시작하므로, 위젯이 많은 글도 처음 열릴 때 무겁지 않습니다.',

    // examples
    'ed.examples.title': '글의 절마다 넣을 위젯',
    'ed.examples.intro':
      '활성화 함수 글의 흐름을 따라, 절마다 어울리는 위젯과 그 코드를 모았습니다. ' +
      '미리보기는 실제 위젯이고, 옆의 코드가 정확히 그 미리보기의 태그입니다.',
    'ed.sec.nonlinear.title': '비선형이 왜 필요한가',
    'ed.sec.nonlinear.text':
      '활성화 함수 없이 층만 쌓으면 전체가 한 층으로 합쳐진다는 설명 옆에 두세요. ' +
      '독자가 층 수를 바꿔도 합쳐진 한 층이 출력과 똑같고, 활성화 함수를 하나 끼우는 순간 어긋나는 것을 직접 봅니다.',
    'ed.sec.sigmoid.title': '시그모이드와 사라지는 기울기',
    'ed.sec.sigmoid.text':
      '곡선과 기울기를 함께 그려 포화 구간을 보여 주고, 깊은 망에서 층마다 기울기가 얼마나 줄어드는지 로그 눈금으로 이어서 보여 줍니다.',
    'ed.sec.relu.title': 'ReLU와 죽은 뉴런',
    'ed.sec.relu.text':
      '학습 중에 출력이 늘 0인 뉴런이 얼마나 생기는지 에포크마다 따라갑니다. 편향을 음수로 크게 두면 죽은 뉴런이 눈에 띄게 늘어납니다.',
    'ed.sec.leaky.title': 'Leaky ReLU와 PReLU',
    'ed.sec.leaky.text':
      'ReLU와 Leaky ReLU를 한 그래프에 겹쳐 음수 쪽 기울기 차이를 보여 주고, PReLU가 학습하며 α를 스스로 찾아가는 모습을 이어서 보여 줍니다.',
    'ed.sec.elu.title': 'ELU',
    'ed.sec.elu.text':
      'α에 따라 음수 쪽이 −α로 포화하는 모양과, 층별 평균 활성값이 ReLU보다 0에 가까워지는 것을 함께 보여 줍니다.',
    'ed.sec.gelu.title': 'GELU',
    'ed.sec.gelu.text':
      '오차 함수로 쓴 정확한 GELU와 tanh 근사식을 겹쳐 그리고, 둘의 차이가 얼마나 작은지 따로 그려 줍니다.',
    'ed.sec.swish.title': 'Swish / SiLU',
    'ed.sec.swish.text':
      'β를 바꾸면 Swish가 직선과 ReLU 사이를 오가는 모습, 음수 쪽에 살짝 파인 최솟점을 보여 줍니다. 여러 함수를 겹쳐 비교하는 위젯도 함께 쓸 만합니다.',
    'ed.sec.softmax.title': '소프트맥스',
    'ed.sec.softmax.text':
      '로짓과 온도를 바꾸며 확률이 어떻게 변하는지, 큰 로짓에서 단순한 식이 왜 무너지는지 보여 줍니다.',
    'ed.sec.summary.title': '정리',
    'ed.sec.summary.text':
      '글 끝의 비교표입니다. 출력 범위, 단조성, f′(0), 이 브라우저에서 잰 계산 시간을 한눈에 보여 줍니다.',
    'ed.sec.more.title': '덧붙여: 탐색기와 놀이터',
    'ed.sec.more.text':
      '글을 다 읽은 독자가 더 놀아 볼 수 있도록, 모든 함수를 한 화면에서 살펴보는 탐색기와 작은 신경망을 직접 학습시키는 놀이터를 넣을 수 있습니다.',
    'ed.ex.collapse': '층 수를 바꾸고, 활성화 함수를 identity에서 다른 것으로 바꿔 보세요.',
    'ed.ex.sigmoid': '시그모이드와 tanh, 그리고 점선으로 그린 도함수.',
    'ed.ex.flow': '열 층짜리 시그모이드 망의 층별 기울기 크기.',
    'ed.ex.dying': '초기 편향을 −3으로 둔 ReLU 망. 학습 버튼을 눌러 보세요.',
    'ed.ex.leaky': 'ReLU와 Leaky ReLU 겹쳐 보기.',
    'ed.ex.prelu': '고정된 α = 0.1과, 학습으로 찾은 PReLU의 α.',
    'ed.ex.elu': 'α = 1인 ELU와 층별 평균 활성값.',
    'ed.ex.gelu': '정확한 GELU와 tanh 근사, 그 차이와 Φ(x).',
    'ed.ex.swish': 'β = 1(SiLU)에서 시작하는 Swish.',
    'ed.ex.softmax': '로짓 2, 1, 0.1의 소프트맥스.',
    'ed.ex.summary': '글에서 다룬 함수만 고른 비교표.',
    'ed.ex.explorer': 'ReLU, GELU, SiLU를 고르고 GELU의 포화 구간을 칠한 탐색기.',
    'ed.ex.playground': 'XOR 데이터와 은닉층 4·2개짜리 망으로 시작하는 놀이터.',
    'ed.ex.dark': 'theme="dark"로 어두운 색을 고정한 위젯.',

    // playground scripting demo
    'ed.demo.title': '스크립트로 놀이터 움직이기',
    'ed.demo.text':
      '아래 버튼은 페이지의 스크립트가 위 놀이터의 메서드를 부르는 예입니다(자세한 내용은 아래 “스크립트로 다루기”).',
    'ed.demo.play': 'play()',
    'ed.demo.pause': 'pause()',
    'ed.demo.step': 'step(10)',
    'ed.demo.reset': 'reset()',
    'ed.demo.idle': '아직 학습 전입니다.',
    'ed.demo.state': '에포크 {epoch}, 학습 손실 {train}, 시험 손실 {test}',

    // more
    'ed.more.title': '더 알아 두기',
    'ed.more.module.title': 'WASM을 따로 두는 빌드',
    'ed.more.module.text':
      'actlab.js는 WebAssembly를 스크립트 안에 압축해 넣은 한 파일짜리 빌드입니다. ' +
      '계산 코어를 따로 캐시하고 싶다면 actlab.module.js와 actlab.wasm 두 파일을 같은 폴더에 나란히 두고 스크립트 경로만 바꾸세요. ' +
      '스크립트는 자기 옆의 actlab.wasm을 찾아 불러옵니다. 놀이터의 학습 워커도 스크립트 자신이어서, 어느 빌드든 워커용 파일은 따로 없습니다.',
    'ed.more.fonts.title': '수식 글꼴 (선택)',
    'ed.more.fonts.text':
      '글꼴이 필요한 위젯은 탐색기(<actlab-explorer>)의 수식뿐입니다. 그림자 DOM 안의 @font-face는 브라우저가 무시하므로, ' +
      '글꼴은 페이지 쪽에서 선언해야 합니다. actlab-fonts.css와 fonts/ 폴더를 assets/에 복사하고 head에 링크 한 줄을 넣으세요. ' +
      '넣지 않아도 수식은 시스템 글꼴로 보입니다.',
    'ed.more.csp.title': '콘텐츠 보안 정책(CSP)',
    'ed.more.csp.text':
      '위젯은 eval도, 인라인 스크립트나 인라인 스타일도 쓰지 않으므로 아래처럼 엄격한 정책에서도 동작합니다. ' +
      "WebAssembly를 컴파일하려면 script-src에 'wasm-unsafe-eval'이 있어야 합니다.",
    'ed.more.csp.worker':
      '놀이터는 학습을 웹 워커에서 돌리는데, 그 워커는 actlab.js(또는 actlab.module.js) 자신입니다. ' +
      "worker-src를 따로 적지 않으면 script-src 'self'가 그대로 적용되므로 더 넣을 것이 없습니다. " +
      "worker-src를 따로 적는 사이트라면 'self'를 포함해야 하고, blob:은 필요 없습니다. 워커를 띄울 수 없으면 놀이터는 메인 스레드에서 학습합니다.",
    'ed.more.csp.origin':
      '스크립트를 다른 출처(CDN 등)에서 불러온다면 그 서버가 Access-Control-Allow-Origin 헤더를 보내야 하고, ' +
      '브라우저가 다른 출처의 워커를 허용하지 않으므로 놀이터는 메인 스레드에서 학습합니다.',
    'ed.more.lang.title': '언어는 가장 가까운 lang 속성을 따릅니다',
    'ed.more.lang.text':
      '위젯은 자신이나 가장 가까운 조상 요소의 lang 속성으로 한국어와 영어를 고릅니다. 글의 머리말에 lang: ko를 두면 테마가 <html lang="ko">를 쓰므로 한국어로 보이고, ' +
      '일부만 영어로 보이려면 lang="en"인 div로 감싸세요. kramdown에서 div 안의 마크다운도 처리하려면 markdown="1"을 붙입니다. lang이 바뀌면 위젯도 곧바로 다시 그립니다.',
    'ed.more.theme.title': '색과 글꼴 맞추기',
    'ed.more.theme.text':
      '위젯은 그림자 DOM 안에 그려지므로 블로그의 CSS가 안쪽을 흐트러뜨리지 않고, 반대로 일반 CSS 선택자로 안쪽을 꾸밀 수도 없습니다. ' +
      '대신 --actlab-로 시작하는 CSS 사용자 정의 속성을 위젯이나 그 조상에 지정하면 색, 글꼴, 모서리를 바꿀 수 있습니다(아래 레퍼런스의 표).',
    'ed.more.theme.attr':
      'theme 속성은 light, dark, auto 중 하나입니다. 기본값 auto는 운영체제의 다크 모드 설정을 따르고, light나 dark는 그 모양으로 고정합니다.',
    'ed.more.api.title': '스크립트로 다루기',
    'ed.more.api.text':
      '모든 위젯은 현재 상태를 value 속성값으로 내놓고, 상태가 바뀔 때마다 actlab-change 이벤트(detail = value)를 보냅니다. ' +
      '처음 그려졌을 때는 actlab-ready가 한 번 옵니다. 놀이터에는 play(), pause(), step(n), reset() 메서드와 읽기 전용 state, ' +
      '에포크마다 오는 epoch 이벤트가 있습니다. 속성을 바꾸면 위젯이 바로 그 값으로 다시 그립니다.',
    'ed.more.api.file':
      '엄격한 CSP에서는 인라인 <script>가 실행되지 않으므로, 스크립트는 assets/에 파일로 두고 src로 불러오세요.',
    'ed.more.twice.title': '두 번 등록해도 괜찮습니다',
    'ed.more.twice.text':
      'head에도 넣고 글에도 넣어 스크립트가 두 번 불려도, 다른 버전이 함께 불려도 문제가 없습니다. 요소마다 먼저 등록된 정의가 쓰이고 ' +
      '콘솔에 경고가 한 줄 남을 뿐입니다. 계산 코어는 위젯이 몇 개든 페이지마다 하나만 만들어집니다.',

    // reference
    'ed.ref.title': '레퍼런스',
    'ed.ref.intro':
      '요소마다의 속성, 속성값(property), 메서드, 이벤트입니다. 범위 가운데 계산 코어가 정하는 값은 이 페이지에서 불러온 코어에서 직접 읽어 왔습니다. ' +
      '잘못된 속성 값은 위젯 안에 안내 문구를 띄우고 기본값으로 그립니다.',
    'ed.ref.loading': '계산 코어를 불러와 표를 만드는 중입니다…',
    'ed.ref.ids': '카탈로그 id: {ids}',
    'ed.ref.reflected':
      '표의 속성은 위젯 안에서 값을 바꾸면 다시 태그의 속성에 반영됩니다(“반영 안 됨”이라고 적힌 것만 빼고).',
    'ed.ref.notReflected': '반영 안 됨',
    'ed.ref.common.title': '모든 요소에 공통',
    'ed.ref.css.title': 'CSS 사용자 정의 속성',
    'ed.ref.css.intro':
      '위젯이나 그 조상 요소에 지정합니다. 어두운 테마 열이 비어 있으면 밝은 테마와 같은 값을 씁니다.',
    'ed.ref.attrs': '속성',
    'ed.ref.members': '속성값, 메서드, 이벤트',
    'ed.ref.configKeys': 'config의 키와 기본값',
    'ed.ref.tableLabel': '{tag}: {what}',
    'ed.th.attr': '속성',
    'ed.th.type': '형식',
    'ed.th.default': '기본값',
    'ed.th.range': '허용 범위',
    'ed.th.desc': '설명',
    'ed.th.kind': '종류',
    'ed.th.name': '이름',
    'ed.th.shape': '모양',
    'ed.th.property': '사용자 정의 속성',
    'ed.th.light': '밝은 테마',
    'ed.th.dark': '어두운 테마',
    'ed.th.key': '키',
    'ed.kind.property': '속성값',
    'ed.kind.method': '메서드',
    'ed.kind.event': '이벤트',
    'ed.type.number': '수',
    'ed.type.integer': '정수',
    'ed.type.boolean': '불리언(있으면 켜짐)',
    'ed.type.id': '함수 id',
    'ed.type.ids': '함수 id 목록(쉼표)',
    'ed.type.numbers': '수 목록(쉼표)',
    'ed.type.enum': '정해진 값',
    'ed.type.text': '문자열',
    'ed.type.pairs': '쌍 목록(쉼표)',
    'ed.type.hash': 'URL 해시 형식',
    'ed.type.unknown': '—',
    'ed.def.none': '없음',
    'ed.def.param': '함수마다의 기본값',
    'ed.def.all': '카탈로그 전체',
    'ed.def.catalogueOrder': '카탈로그 순서',
    'ed.def.firstFn': 'fns의 첫 함수',
    'ed.def.lang': '가장 가까운 조상의 lang, 없으면 ko',
    'ed.def.config': 'TF Playground의 기본 설정(아래 표)',
    'ed.range.x': '{range}, xmax − xmin ≥ {span}',
    'ed.range.cursor': 'xmin…xmax (밖이면 가까운 끝으로)',
    'ed.range.id': '카탈로그 id 하나',
    'ed.range.ids': '카탈로그 id {min}~{max}개',
    'ed.range.logits': '수 {min}~{max}개, |값| ≤ {abs}',
    'ed.range.oneOfFns': 'fns에 있는 id 하나',
    'ed.range.sort': '{keys}, 앞에 -를 붙이면 내림차순',
    'ed.range.config': '아래 표의 키=값을 &로 이어서',

    // common attributes and members
    'ed.common.lang':
      '표시 언어. 없으면 가장 가까운 조상의 lang을 따르며(그림자 DOM 경계도 넘어서), 바뀌면 곧바로 다시 그립니다.',
    'ed.common.theme': '색 테마. auto는 운영체제의 다크 모드를 따르고, light와 dark는 고정합니다.',
    'ed.common.value':
      '요소의 현재 상태를 담은 객체(모양은 요소마다 아래 표). 위젯이 시작되기 전에도 읽을 수 있습니다.',
    'ed.common.actlab-change':
      '상태가 바뀌어 다시 그린 뒤에 옵니다. detail은 value와 같고, 이벤트는 버블링하며 그림자 DOM 경계를 넘습니다(composed).',
    'ed.common.actlab-ready':
      '위젯이 처음 계산을 마치고 그렸을 때 한 번 옵니다. 그때 요소에 data-ready="true"도 붙습니다.',

    // CSS custom properties
    'ed.css.--actlab-font': '글꼴 패밀리.',
    'ed.css.--actlab-font-size':
      '위젯의 기준 글자 크기. 블로그 CSS가 !important로 글자 크기를 바꿔도 위젯에는 이 값이 쓰입니다.',
    'ed.css.--actlab-fg': '글자 색.',
    'ed.css.--actlab-muted': '보조 글자(설명, 눈금)의 색.',
    'ed.css.--actlab-bg': '위젯 배경색.',
    'ed.css.--actlab-line': '테두리와 구분선의 색.',
    'ed.css.--actlab-accent': '강조색(버튼, 슬라이더, 링크).',
    'ed.css.--actlab-warn': '경고와 안내 문구의 색.',
    'ed.css.--actlab-focus': '키보드 포커스 윤곽선의 색.',
    'ed.css.--actlab-radius': '위젯 모서리의 둥글기.',

    // elements
    'ed.el.plot': '함수 하나 이상의 f(x)와 f′(x), 커서에서의 값, 포화 구간, 파라미터 슬라이더.',
    'ed.el.compare': '여러 함수를 한 그래프에 겹쳐 비교(함수마다 다른 색과 점선), 선택 체크박스와 커서.',
    'ed.el.linear_collapse':
      '선형 층을 여러 개 쌓아도 한 층으로 합쳐짐을 계산으로 보이고, 선형 분류기와 비선형 분류기의 학습을 비교.',
    'ed.el.gradient_flow': '깊은 망에서 층별 기울기 크기(로그 눈금)와 활성화 함수 야코비안의 열지도.',
    'ed.el.dying_relu':
      '작은 ReLU 망을 학습하며 죽은 뉴런 비율과 손실을 에포크마다 그리고, 다른 함수와 같은 시드로 비교.',
    'ed.el.prelu': 'Leaky ReLU의 고정 기울기와, 학습으로 바뀌어 가는 PReLU의 α.',
    'ed.el.elu': 'ELU의 모양(α 슬라이더)과, ReLU 망과 ELU 망의 층별 평균 활성값.',
    'ed.el.gelu_approx': '정확한 GELU와 tanh 근사, 두 식의 차이, 게이트 Φ(x).',
    'ed.el.swish': 'β에 따른 Swish의 모양과 음수 쪽 최솟점.',
    'ed.el.softmax': '로짓과 온도에 따른 소프트맥스 확률, 큰 로짓에서의 수치 안정성, 야코비안.',
    'ed.el.summary':
      '카탈로그의 함수들을 한 표로 비교(출력 범위, 성질, f′(0), 이 브라우저에서 잰 계산 시간). 열 제목으로 정렬.',
    'ed.el.explorer': '모든 함수를 한 화면에서: 함수 고르기, 파라미터, 그래프, 수식, 소프트맥스 패널, 비교표.',
    'ed.el.playground': 'TensorFlow Playground처럼 2차원 데이터에서 작은 신경망을 직접 학습시키는 놀이터.',

    'ed.ref.plot.fn': '그릴 함수. 쉼표로 여러 개를 겹쳐 그립니다.',
    'ed.ref.plot.derivative': '있으면 도함수 f′(x)를 점선으로 함께 그립니다.',
    'ed.ref.plot.alpha': 'α가 있는 함수의 α. 고른 함수에 α가 없으면 무시합니다.',
    'ed.ref.plot.beta': 'β가 있는 함수의 β. 고른 함수에 β가 없으면 무시합니다.',
    'ed.ref.plot.xmin': '가로축의 왼쪽 끝.',
    'ed.ref.plot.xmax': '가로축의 오른쪽 끝.',
    'ed.ref.plot.x': '커서의 위치.',
    'ed.ref.plot.value': '고른 함수, 파라미터, 커서 위치, 커서에서 함수별 f(x)와 f′(x).',

    'ed.ref.compare.fns': '겹쳐 그릴 함수. 파라미터가 있는 함수는 기본값으로 그립니다.',
    'ed.ref.compare.derivative': '있으면 아래에 f′(x) 그래프를 하나 더 그립니다.',
    'ed.ref.compare.xmin': '가로축의 왼쪽 끝.',
    'ed.ref.compare.xmax': '가로축의 오른쪽 끝.',
    'ed.ref.compare.x': '커서의 위치.',
    'ed.ref.compare.value': '고른 함수, 도함수 표시 여부, 커서 위치, 함수별 f(x)와 f′(x).',

    'ed.ref.linear_collapse.layers': '쌓을 층의 수.',
    'ed.ref.linear_collapse.activation': '층 사이에 넣을 활성화 함수. identity는 활성화 함수가 없는 것과 같습니다.',
    'ed.ref.linear_collapse.seed': '가중치와 데이터를 만드는 난수 시드.',
    'ed.ref.linear_collapse.value':
      '설정, 하나로 합친 층의 W와 b, 실제 출력과의 최대 차이, 두 분류기의 시험 정확도, 학습한 에포크와 학습 중인지 여부.',
    'ed.ref.linear_collapse.train': '두 분류기의 학습을 시작하거나 이어 갑니다. 위젯의 학습 버튼과 같습니다.',
    'ed.ref.linear_collapse.pause': '학습을 멈춥니다.',

    'ed.ref.gradient_flow.depth': '은닉층의 수(깊이).',
    'ed.ref.gradient_flow.width': '층마다의 유닛 수.',
    'ed.ref.gradient_flow.activation': '모든 은닉층에 쓰는 활성화 함수.',
    'ed.ref.gradient_flow.init': '가중치 초기화 방식.',
    'ed.ref.gradient_flow.seed': '가중치와 데이터를 만드는 난수 시드.',
    'ed.ref.gradient_flow.value':
      '설정, 층별 기울기 크기 ‖∂L/∂W‖, 첫 층과 마지막 층 기울기의 비, 야코비안 대각 성분의 최솟값과 최댓값.',

    'ed.ref.dying_relu.lr': '학습률. 클수록 뉴런이 쉽게 죽습니다.',
    'ed.ref.dying_relu.bias': '초기화할 때 모든 은닉 편향에 더하는 값. 음수로 크게 두면 처음부터 죽은 뉴런이 많습니다.',
    'ed.ref.dying_relu.seed': '데이터와 초기 가중치의 난수 시드. 비교하는 함수들도 같은 시드를 씁니다.',
    'ed.ref.dying_relu.compare': 'ReLU 다음에 같은 데이터와 초기 가중치로 학습해 겹쳐 볼 함수.',
    'ed.ref.dying_relu.value': '설정과 함수별 학습 기록(에포크마다 죽은 뉴런 비율과 손실, 발산 여부).',

    'ed.ref.prelu.alpha': 'Leaky ReLU의 고정된 음수 쪽 기울기 α.',
    'ed.ref.prelu.seed': 'PReLU 망을 학습할 때 쓰는 난수 시드.',
    'ed.ref.prelu.value': 'α, PReLU가 학습한 α의 기록(층마다), x = −2에서의 Leaky ReLU 값.',

    'ed.ref.elu.alpha': 'ELU의 α. x가 작아질수록 출력이 −α에 다가갑니다.',
    'ed.ref.elu.depth': '평균 활성값을 비교하는 두 망의 은닉층 수.',
    'ed.ref.elu.seed': '두 망과 데이터의 난수 시드.',
    'ed.ref.elu.value': '설정, 층별 평균 활성값(ReLU 망과 ELU 망), 그린 구간에서 ELU의 최솟값.',

    'ed.ref.gelu_approx.xmin': '가로축의 왼쪽 끝.',
    'ed.ref.gelu_approx.xmax': '가로축의 오른쪽 끝.',
    'ed.ref.gelu_approx.x': '커서의 위치.',
    'ed.ref.gelu_approx.value': '두 식의 최대 오차와 그 위치, 커서에서의 정확한 GELU, tanh 근사, Φ(x).',

    'ed.ref.swish.beta': 'Swish의 β. 1이면 SiLU이고, 크면 ReLU에, 작으면 직선 x/2에 가까워집니다.',
    'ed.ref.swish.value': 'β와 음수 쪽 최솟점의 좌표.',

    'ed.ref.softmax.logits': '로짓(점수) 목록.',
    'ed.ref.softmax.temperature': '온도 T. 크면 확률이 고르게 퍼지고, 작으면 가장 큰 로짓으로 몰립니다.',
    'ed.ref.softmax.value': '로짓, 온도, 확률, 야코비안 ∂pᵢ/∂zⱼ.',

    'ed.ref.summary.fns': '표에 넣을 함수.',
    'ed.ref.summary.sections':
      '함수 이름을 글의 절에 링크하는 id:앵커 목록. Jekyll이 제목에 붙이는 id를 앵커로 쓰면 됩니다.',
    'ed.ref.summary.sort': '처음 정렬할 열.',
    'ed.ref.summary.value':
      '보이는 순서대로의 행: 출력 범위, 단조·매끄러움·0 중심 여부, f′(0), 원소 하나당 계산 시간(측정 전에는 null).',

    'ed.ref.explorer.fns': '고를 함수. fns=""이면 아무것도 고르지 않습니다.',
    'ed.ref.explorer.focus': '포화 구간(|f′| < 0.1)을 칠할 함수.',
    'ed.ref.explorer.xmin': '가로축의 왼쪽 끝.',
    'ed.ref.explorer.xmax': '가로축의 오른쪽 끝.',
    'ed.ref.explorer.x': '커서의 위치.',
    'ed.ref.explorer.logits': '소프트맥스 패널의 로짓.',
    'ed.ref.explorer.t': '소프트맥스 패널의 온도.',
    'ed.ref.explorer.params': '함수 파라미터 값: <id>.<이름>=값을 쉼표로 잇습니다(예: elu.alpha=0.5).',
    'ed.ref.explorer.sync-url':
      '페이지 주소의 쿼리에서 처음 상태를 읽고, 바뀐 상태를 다시 주소에 씁니다. 한 페이지에 하나만 쓰세요.',
    'ed.ref.explorer.value': '현재 상태: 함수, 초점, 범위, 커서, 파라미터, 로짓, 온도.',

    'ed.ref.playground.config':
      '설정 전체를 TensorFlow Playground의 URL 해시 형식으로 적습니다. HTML 안에서는 &를 &amp;로 쓰세요. ' +
      '설정이 바뀔 때마다 모든 키가 이 속성에 다시 적힙니다.',
    'ed.ref.playground.sync-url':
      '주소의 해시(#…)에서 설정을 읽고 바뀐 설정을 다시 씁니다. TF Playground 링크를 그대로 쓸 수 있습니다.',
    'ed.ref.playground.value': 'config와 state를 함께 담은 객체.',
    'ed.ref.playground.state': '읽기 전용. 에포크, 학습·시험 손실, 학습·시험 정확도, 발산 여부.',
    'ed.ref.playground.config.property':
      '읽으면 설정 객체, 쓰면 그 객체를 URL과 똑같이 검사해 적용합니다. 잘못된 필드는 안내 문구와 함께 이전 값을 유지합니다.',
    'ed.ref.playground.play': '학습을 시작합니다.',
    'ed.ref.playground.pause': '학습을 멈춥니다.',
    'ed.ref.playground.step': '멈춘 상태에서 n 에포크(1~1000)만 학습합니다.',
    'ed.ref.playground.reset': '가중치를 다시 초기화하고 기록을 지웁니다.',
    'ed.ref.playground.epoch': '학습 중 그린 프레임마다 옵니다. detail은 state와 같습니다.',

    'ed.footer': 'ActLab — 위젯과 계산 코어는 모두 이 사이트와 같은 코드입니다.',
  },
  en: {
    'ed.meta.title': 'ActLab — embedding the labs in a blog',
    'ed.meta.description':
      'How to put ActLab’s activation-function labs into a Jekyll blog post: copy one file, add one script line, ' +
      'paste the tags. A copyable snippet with a live preview for each section, and a reference of every attribute and event.',
    'ed.title': 'Embedding the labs in a blog post',
    'ed.lead':
      'Every lab on this site is a widget you can use with a single HTML tag. Put one file on your blog, add one script ' +
      'line, and paste tags anywhere in a post to show live, interactive plots.',
    'ed.noscript': 'The previews on this page need JavaScript and WebAssembly.',
    'ed.toc': 'Contents',

    'ed.copy': 'Copy',
    'ed.copied': 'Copied to the clipboard.',
    'ed.copyFallback': 'This browser cannot copy automatically, so the code is selected. Press Ctrl+C (⌘C on a Mac).',
    'ed.code.snippet': '{tag} code',
    'ed.code.shell': 'Terminal',
    'ed.code.html': 'HTML',
    'ed.code.markdown': 'Post (Markdown)',
    'ed.code.header': 'HTTP response header',
    'ed.code.css': 'CSS',
    'ed.code.js': 'JavaScript',
    'ed.preview': 'Preview',

    'ed.start.title': 'Three steps',
    'ed.start.intro':
      'The steps use a Jekyll blog (e.g. the Minimal Mistakes theme) as the example, but they are the same for any blog that passes HTML through.',
    'ed.start.s1.title': 'Step 1: copy actlab.js into assets/',
    'ed.start.s1.text':
      'build/embed/actlab.js holds the widgets and the computing core (WebAssembly) in one file. ' +
      'Copy it into the assets/ folder of your blog’s repository. Nothing else is needed.',
    'ed.start.s2.title': 'Step 2: add one script line',
    'ed.start.s2.text':
      'With Minimal Mistakes, put the line below into _includes/head/custom.html and every post can use the widgets ' +
      '(create the file if it does not exist). The relative_url filter adds your baseurl, so a blog under a sub-path works too.',
    'ed.start.s2.alt':
      'If only a few posts use widgets, leave the theme alone and put the same line right below the front matter of those posts. ' +
      'Having it twice on a page does no harm.',
    'ed.start.s3.title': 'Step 3: paste the widget tags into the post',
    'ed.start.s3.text':
      'Copy the code of the examples below and paste it into your Markdown post as it is: kramdown passes HTML tags through untouched. ' +
      'Leave a blank line before and after a tag so that it does not merge into a paragraph.',
    'ed.start.done':
      'That is all. A widget starts computing only when it is scrolled near the viewport, so a post with many widgets still opens quickly.',

    'ed.examples.title': 'A widget for each section of the post',
    'ed.examples.intro':
      'Following the activation-function post section by section, here is a widget that fits each one, with its code. ' +
      'The previews are the real widgets, and the code beside each is exactly its tag.',
    'ed.sec.nonlinear.title': 'Why non-linearity',
    'ed.sec.nonlinear.text':
      'Place it next to the point that layers without an activation collapse into one. Readers change the number of layers ' +
      'and see the single combined layer match the output exactly, until an activation is put in between.',
    'ed.sec.sigmoid.title': 'Sigmoid and the vanishing gradient',
    'ed.sec.sigmoid.text':
      'Plot the curve with its slope to show where it saturates, then show on a log scale how the gradient shrinks layer by layer in a deep network.',
    'ed.sec.relu.title': 'ReLU and dying ReLU',
    'ed.sec.relu.text':
      'Follows, epoch by epoch, how many neurons end up always outputting 0 while training. A large negative bias makes dead neurons far more common.',
    'ed.sec.leaky.title': 'Leaky ReLU and PReLU',
    'ed.sec.leaky.text':
      'Overlay ReLU and Leaky ReLU to show the different slope on the negative side, then show PReLU finding its own α while it trains.',
    'ed.sec.elu.title': 'ELU',
    'ed.sec.elu.text':
      'Shows how the negative side saturates at −α, and how the mean activation per layer stays nearer zero than with ReLU.',
    'ed.sec.gelu.title': 'GELU',
    'ed.sec.gelu.text':
      'Overlays the exact GELU (with the error function) and its tanh approximation, and plots how small their difference is.',
    'ed.sec.swish.title': 'Swish / SiLU',
    'ed.sec.swish.text':
      'Changing β moves Swish between a straight line and ReLU; the small dip on the negative side is marked. A widget overlaying several functions fits here too.',
    'ed.sec.softmax.title': 'Softmax',
    'ed.sec.softmax.text':
      'Shows how the probabilities follow the logits and the temperature, and why the naive formula breaks down for large logits.',
    'ed.sec.summary.title': 'Summary',
    'ed.sec.summary.text':
      'The comparison table for the end of the post: output range, monotonicity, f′(0) and the cost measured in this browser.',
    'ed.sec.more.title': 'Extra: the explorer and the playground',
    'ed.sec.more.text':
      'For readers who want more after the post: the explorer shows every function on one screen, and the playground trains a small network.',
    'ed.ex.collapse': 'Change the number of layers, then switch the activation from identity to another one.',
    'ed.ex.sigmoid': 'Sigmoid and tanh, with their derivatives dashed.',
    'ed.ex.flow': 'The gradient size per layer of a ten-layer sigmoid network.',
    'ed.ex.dying': 'A ReLU network with its initial biases shifted by −3. Press the train button.',
    'ed.ex.leaky': 'ReLU and Leaky ReLU overlaid.',
    'ed.ex.prelu': 'A fixed α = 0.1, and the α PReLU learns.',
    'ed.ex.elu': 'ELU with α = 1 and the mean activation per layer.',
    'ed.ex.gelu': 'The exact GELU and its tanh approximation, their difference and Φ(x).',
    'ed.ex.swish': 'Swish, starting at β = 1 (SiLU).',
    'ed.ex.softmax': 'Softmax of the logits 2, 1, 0.1.',
    'ed.ex.summary': 'The comparison table, limited to the functions of the post.',
    'ed.ex.explorer': 'The explorer with ReLU, GELU and SiLU, GELU’s saturation shaded.',
    'ed.ex.playground': 'The playground, starting with XOR data and hidden layers of 4 and 2 neurons.',
    'ed.ex.dark': 'A widget pinned to dark colours with theme="dark".',

    'ed.demo.title': 'Driving the playground from a script',
    'ed.demo.text':
      'These buttons are page script calling the methods of the playground above (see “Scripting” below).',
    'ed.demo.play': 'play()',
    'ed.demo.pause': 'pause()',
    'ed.demo.step': 'step(10)',
    'ed.demo.reset': 'reset()',
    'ed.demo.idle': 'Not trained yet.',
    'ed.demo.state': 'Epoch {epoch}, training loss {train}, test loss {test}',

    'ed.more.title': 'Good to know',
    'ed.more.module.title': 'The build with a separate WASM file',
    'ed.more.module.text':
      'actlab.js is the one-file build, with the WebAssembly compressed inside the script. To have the core cached on its own, ' +
      'put actlab.module.js and actlab.wasm side by side in one folder and change the script path: the script finds the ' +
      'actlab.wasm next to it. The playground’s training worker is the script itself, so neither build has a separate worker file.',
    'ed.more.fonts.title': 'Formula fonts (optional)',
    'ed.more.fonts.text':
      'Only the explorer’s (<actlab-explorer>) formulas need fonts. Browsers ignore @font-face inside a shadow root, so the fonts ' +
      'must be declared by the page: copy actlab-fonts.css and the fonts/ folder into assets/ and add one link line to the head. ' +
      'Without them the formulas use system fonts.',
    'ed.more.csp.title': 'Content Security Policy (CSP)',
    'ed.more.csp.text':
      'The widgets use no eval, no inline script and no inline style, so they run under a strict policy like the one below. ' +
      "Compiling WebAssembly needs 'wasm-unsafe-eval' in script-src.",
    'ed.more.csp.worker':
      'The playground trains in a web worker, and that worker is actlab.js (or actlab.module.js) itself. Without a worker-src ' +
      "directive, script-src 'self' applies, so nothing needs adding. A site that sets worker-src must include 'self'; blob: " +
      'is not needed. Where no worker can start, the playground trains on the main thread.',
    'ed.more.csp.origin':
      'When the script comes from another origin (a CDN), that server must send Access-Control-Allow-Origin, and since browsers ' +
      'refuse a worker from another origin, the playground then trains on the main thread.',
    'ed.more.lang.title': 'The language follows the nearest lang attribute',
    'ed.more.lang.text':
      'A widget picks Korean or English from its own lang attribute or that of its nearest ancestor. With lang: ko in the front ' +
      'matter the theme writes <html lang="ko">, so the widgets are in Korean; wrap a part in a div with lang="en" to show it in ' +
      'English (markdown="1" lets kramdown process Markdown inside the div). When lang changes, the widgets redraw at once.',
    'ed.more.theme.title': 'Matching colours and fonts',
    'ed.more.theme.text':
      'Widgets draw inside a shadow root, so the blog’s CSS cannot disturb them, and ordinary selectors cannot style their inside ' +
      'either. Instead, set the CSS custom properties starting with --actlab- on a widget or an ancestor to change colours, font ' +
      'and corners (table in the reference below).',
    'ed.more.theme.attr':
      'The theme attribute is light, dark or auto. The default, auto, follows the system’s dark-mode setting; light and dark pin that look.',
    'ed.more.api.title': 'Scripting',
    'ed.more.api.text':
      'Every widget exposes its state as its value property and sends an actlab-change event (detail = value) whenever the state ' +
      'changes; actlab-ready comes once, after the first drawing. The playground adds play(), pause(), step(n) and reset(), a ' +
      'read-only state and an epoch event per drawn frame. Changing an attribute redraws the widget with the new value.',
    'ed.more.api.file':
      'Under a strict CSP inline <script> elements do not run: put your script in a file under assets/ and load it with src.',
    'ed.more.twice.title': 'Registering twice is harmless',
    'ed.more.twice.text':
      'If the script is loaded twice (in the head and in a post), or two versions meet on one page, nothing breaks: the first ' +
      'definition of each element is used and the console gets a one-line warning. There is one computing core per page, however many widgets.',

    'ed.ref.title': 'Reference',
    'ed.ref.intro':
      'The attributes, properties, methods and events of every element. Ranges set by the computing core were read from the core this ' +
      'page loaded. A bad attribute value shows a notice inside the widget, which then draws with the default.',
    'ed.ref.loading': 'Loading the computing core to build the tables…',
    'ed.ref.ids': 'Catalogue ids: {ids}',
    'ed.ref.reflected':
      'The attributes in the tables are written back to the tag when the reader changes them in the widget (except those marked “not reflected”).',
    'ed.ref.notReflected': 'not reflected',
    'ed.ref.common.title': 'Common to every element',
    'ed.ref.css.title': 'CSS custom properties',
    'ed.ref.css.intro': 'Set them on a widget or an ancestor. An empty dark-theme cell means the light value is used.',
    'ed.ref.attrs': 'Attributes',
    'ed.ref.members': 'Properties, methods and events',
    'ed.ref.configKeys': 'config keys and defaults',
    'ed.ref.tableLabel': '{tag}: {what}',
    'ed.th.attr': 'Attribute',
    'ed.th.type': 'Type',
    'ed.th.default': 'Default',
    'ed.th.range': 'Accepted',
    'ed.th.desc': 'Description',
    'ed.th.kind': 'Kind',
    'ed.th.name': 'Name',
    'ed.th.shape': 'Shape',
    'ed.th.property': 'Custom property',
    'ed.th.light': 'Light theme',
    'ed.th.dark': 'Dark theme',
    'ed.th.key': 'Key',
    'ed.kind.property': 'property',
    'ed.kind.method': 'method',
    'ed.kind.event': 'event',
    'ed.type.number': 'number',
    'ed.type.integer': 'integer',
    'ed.type.boolean': 'boolean (present = on)',
    'ed.type.id': 'function id',
    'ed.type.ids': 'list of function ids (commas)',
    'ed.type.numbers': 'list of numbers (commas)',
    'ed.type.enum': 'one of',
    'ed.type.text': 'text',
    'ed.type.pairs': 'list of pairs (commas)',
    'ed.type.hash': 'URL hash format',
    'ed.type.unknown': '—',
    'ed.def.none': 'none',
    'ed.def.param': 'each function’s default',
    'ed.def.all': 'the whole catalogue',
    'ed.def.catalogueOrder': 'catalogue order',
    'ed.def.firstFn': 'the first of fns',
    'ed.def.lang': 'the nearest ancestor’s lang, else ko',
    'ed.def.config': 'TF Playground’s defaults (table below)',
    'ed.range.x': '{range}, xmax − xmin ≥ {span}',
    'ed.range.cursor': 'xmin…xmax (outside: the nearest end)',
    'ed.range.id': 'one catalogue id',
    'ed.range.ids': '{min} to {max} catalogue ids',
    'ed.range.logits': '{min} to {max} numbers, |value| ≤ {abs}',
    'ed.range.oneOfFns': 'one id from fns',
    'ed.range.sort': '{keys}; a leading - sorts descending',
    'ed.range.config': 'key=value pairs of the table below, joined with &',

    'ed.common.lang':
      'Display language. Without it, the nearest ancestor’s lang is used (across shadow roots too); a change redraws the widget at once.',
    'ed.common.theme': 'Colour theme: auto follows the system’s dark mode; light and dark pin it.',
    'ed.common.value':
      'The element’s current state as an object (its shape per element below). Readable before the widget has started, too.',
    'ed.common.actlab-change':
      'Sent after a state change has been drawn. detail equals value; the event bubbles and crosses shadow roots (composed).',
    'ed.common.actlab-ready':
      'Sent once, when the widget has finished its first computation and drawing; data-ready="true" is set then.',

    'ed.css.--actlab-font': 'Font family.',
    'ed.css.--actlab-font-size':
      'The widget’s base font size. It holds even when the blog’s CSS forces font sizes with !important.',
    'ed.css.--actlab-fg': 'Text colour.',
    'ed.css.--actlab-muted': 'Colour of secondary text (explanations, ticks).',
    'ed.css.--actlab-bg': 'Widget background.',
    'ed.css.--actlab-line': 'Colour of borders and rules.',
    'ed.css.--actlab-accent': 'Accent colour (buttons, sliders, links).',
    'ed.css.--actlab-warn': 'Colour of warnings and notices.',
    'ed.css.--actlab-focus': 'Colour of the keyboard focus outline.',
    'ed.css.--actlab-radius': 'Corner radius of the widget.',

    'ed.el.plot':
      'f(x) and f′(x) of one or more functions, values at a cursor, saturated stretches, parameter sliders.',
    'ed.el.compare':
      'Several functions overlaid on one chart (a colour and a dash pattern each), with checkboxes and a cursor.',
    'ed.el.linear_collapse':
      'Computes that a stack of linear layers is one layer, and trains a linear and a non-linear classifier side by side.',
    'ed.el.gradient_flow':
      'Gradient size per layer of a deep network (log scale) and a heat map of the activation Jacobian.',
    'ed.el.dying_relu':
      'Trains a small ReLU network, plotting the fraction of dead neurons and the loss per epoch; compares other functions with the same seed.',
    'ed.el.prelu': 'Leaky ReLU’s fixed slope, and PReLU’s α changing as it trains.',
    'ed.el.elu': 'ELU’s shape (α slider) and the mean activation per layer of a ReLU and an ELU network.',
    'ed.el.gelu_approx': 'The exact GELU and its tanh approximation, their difference, and the gate Φ(x).',
    'ed.el.swish': 'Swish’s shape for a given β and its minimum on the negative side.',
    'ed.el.softmax':
      'Softmax probabilities for given logits and temperature, numerical stability for large logits, the Jacobian.',
    'ed.el.summary':
      'The catalogue compared in one table (output range, properties, f′(0), cost measured in this browser), sortable by column.',
    'ed.el.explorer':
      'Every function on one screen: picker, parameters, chart, formulas, a softmax panel, a comparison table.',
    'ed.el.playground': 'A playground, like TensorFlow Playground, for training a small network on 2-D data.',

    'ed.ref.plot.fn': 'The functions to draw; several, separated by commas, are overlaid.',
    'ed.ref.plot.derivative': 'When present, the derivative f′(x) is drawn dashed as well.',
    'ed.ref.plot.alpha': 'α of the chosen functions that have one; ignored otherwise.',
    'ed.ref.plot.beta': 'β of the chosen functions that have one; ignored otherwise.',
    'ed.ref.plot.xmin': 'Left end of the x axis.',
    'ed.ref.plot.xmax': 'Right end of the x axis.',
    'ed.ref.plot.x': 'Cursor position.',
    'ed.ref.plot.value':
      'The chosen functions, parameters, cursor position, and f(x) and f′(x) of each function at the cursor.',

    'ed.ref.compare.fns': 'The functions to overlay; functions with parameters are drawn at their defaults.',
    'ed.ref.compare.derivative': 'When present, a second chart of f′(x) is drawn below.',
    'ed.ref.compare.xmin': 'Left end of the x axis.',
    'ed.ref.compare.xmax': 'Right end of the x axis.',
    'ed.ref.compare.x': 'Cursor position.',
    'ed.ref.compare.value':
      'The chosen functions, whether f′ is shown, the cursor, and f(x) and f′(x) of each function.',

    'ed.ref.linear_collapse.layers': 'Number of layers in the stack.',
    'ed.ref.linear_collapse.activation': 'The activation between the layers; identity is the same as none.',
    'ed.ref.linear_collapse.seed': 'Random seed of the weights and the data.',
    'ed.ref.linear_collapse.value':
      'The settings, W and b of the combined layer, the largest difference from the real output, both classifiers’ test accuracy, the epoch and whether it is training.',
    'ed.ref.linear_collapse.train': 'Starts or resumes training both classifiers, like the widget’s train button.',
    'ed.ref.linear_collapse.pause': 'Pauses training.',

    'ed.ref.gradient_flow.depth': 'Number of hidden layers (depth).',
    'ed.ref.gradient_flow.width': 'Units per layer.',
    'ed.ref.gradient_flow.activation': 'The activation of every hidden layer.',
    'ed.ref.gradient_flow.init': 'Weight initialisation.',
    'ed.ref.gradient_flow.seed': 'Random seed of the weights and the data.',
    'ed.ref.gradient_flow.value':
      'The settings, the gradient size ‖∂L/∂W‖ per layer, the ratio of the first to the last layer’s gradient, and the smallest and largest Jacobian diagonal entry.',

    'ed.ref.dying_relu.lr': 'Learning rate; the larger, the more easily neurons die.',
    'ed.ref.dying_relu.bias':
      'Added to every hidden bias at initialisation; a large negative value kills many neurons from the start.',
    'ed.ref.dying_relu.seed': 'Random seed of the data and initial weights, shared by the compared functions.',
    'ed.ref.dying_relu.compare': 'Functions trained after ReLU on the same data and initial weights, and overlaid.',
    'ed.ref.dying_relu.value':
      'The settings and each function’s run (dead fraction and loss per epoch, whether it diverged).',

    'ed.ref.prelu.alpha': 'Leaky ReLU’s fixed negative-side slope α.',
    'ed.ref.prelu.seed': 'Random seed for training the PReLU network.',
    'ed.ref.prelu.value': 'α, the history of the α PReLU learned (per layer), and Leaky ReLU’s value at x = −2.',

    'ed.ref.elu.alpha': 'ELU’s α: as x decreases, the output approaches −α.',
    'ed.ref.elu.depth': 'Hidden layers of the two networks whose mean activations are compared.',
    'ed.ref.elu.seed': 'Random seed of both networks and the data.',
    'ed.ref.elu.value':
      'The settings, the mean activation per layer (ReLU and ELU networks), and ELU’s smallest value on the plotted range.',

    'ed.ref.gelu_approx.xmin': 'Left end of the x axis.',
    'ed.ref.gelu_approx.xmax': 'Right end of the x axis.',
    'ed.ref.gelu_approx.x': 'Cursor position.',
    'ed.ref.gelu_approx.value':
      'The largest difference and where it occurs, and at the cursor the exact GELU, the tanh approximation and Φ(x).',

    'ed.ref.swish.beta': 'Swish’s β: 1 is SiLU; large values approach ReLU, small ones the line x/2.',
    'ed.ref.swish.value': 'β and the coordinates of the minimum on the negative side.',

    'ed.ref.softmax.logits': 'The logits (scores).',
    'ed.ref.softmax.temperature':
      'Temperature T: high values spread the probabilities, low ones concentrate them on the largest logit.',
    'ed.ref.softmax.value': 'Logits, temperature, probabilities and the Jacobian ∂pᵢ/∂zⱼ.',

    'ed.ref.summary.fns': 'The functions in the table.',
    'ed.ref.summary.sections':
      'id:anchor pairs linking function names to sections of the post; use the ids Jekyll gives headings.',
    'ed.ref.summary.sort': 'The column sorted by at first.',
    'ed.ref.summary.value':
      'The rows in displayed order: output range, monotonic / smooth / zero-centred, f′(0), cost per element (null until measured).',

    'ed.ref.explorer.fns': 'The chosen functions; fns="" chooses none.',
    'ed.ref.explorer.focus': 'The function whose saturated stretch (|f′| < 0.1) is shaded.',
    'ed.ref.explorer.xmin': 'Left end of the x axis.',
    'ed.ref.explorer.xmax': 'Right end of the x axis.',
    'ed.ref.explorer.x': 'Cursor position.',
    'ed.ref.explorer.logits': 'Logits of the softmax panel.',
    'ed.ref.explorer.t': 'Temperature of the softmax panel.',
    'ed.ref.explorer.params': 'Parameter values: <id>.<name>=value, separated by commas (e.g. elu.alpha=0.5).',
    'ed.ref.explorer.sync-url':
      'Reads the initial state from the page’s query string and writes the state back to it. Use it on one explorer per page.',
    'ed.ref.explorer.value': 'The current state: functions, focus, range, cursor, parameters, logits, temperature.',

    'ed.ref.playground.config':
      'The whole configuration in TensorFlow Playground’s URL-hash format; inside HTML write & as &amp;. ' +
      'Every key is written back to this attribute whenever the configuration changes.',
    'ed.ref.playground.sync-url':
      'Reads the configuration from the address’s hash (#…) and writes changes back; TF Playground links work as they are.',
    'ed.ref.playground.value': 'An object with config and state.',
    'ed.ref.playground.state':
      'Read-only: epoch, training and test loss, training and test accuracy, whether training diverged.',
    'ed.ref.playground.config.property':
      'Get: the configuration object. Set: such an object, checked like the URL; bad fields keep their value, with a notice.',
    'ed.ref.playground.play': 'Starts training.',
    'ed.ref.playground.pause': 'Pauses training.',
    'ed.ref.playground.step': 'Trains n epochs (1 to 1000), then stays paused.',
    'ed.ref.playground.reset': 'Initialises the weights again and clears the history.',
    'ed.ref.playground.epoch': 'Sent for every frame drawn while training; detail equals state.',

    'ed.footer': 'ActLab — the widgets and the computing core are the same code as this site.',
  },
};
