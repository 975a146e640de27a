// Strings every element shares (base.js, attrs.js).
export default {
  ko: {
    'widget.loading': '실험 도구를 준비하는 중…',
    'widget.badAttr': '속성 {name}="{value}"은(는) 쓸 수 없어 기본값을 씁니다. 허용: {allowed}',
    'widget.badUrl': '주소(URL)의 {name}="{value}"은(는) 쓸 수 없어 기본값을 씁니다.',
    'widget.reset': '처음 값으로',
  },
  en: {
    'widget.loading': 'Preparing the lab…',
    'widget.badAttr': 'Attribute {name}="{value}" cannot be used; using the default. Allowed: {allowed}',
    'widget.badUrl': 'The link’s {name}="{value}" cannot be used; using the default.',
    'widget.reset': 'Reset',
  },
};
