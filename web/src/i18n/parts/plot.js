// <actlab-plot>
export default {
  ko: {
    'plot.cursor': '커서 x',
    'plot.readoutF': '{name}: f({x}) = {f}',
    'plot.readoutBoth': '{name}: f({x}) = {f}, f′({x}) = {df}',
    'plot.bandsSome': '회색 띠: {name}의 기울기가 0.1보다 작은 포화 구간 {ranges}',
    'plot.bandsNone': '{name}은(는) 이 범위에서 기울기가 0.1 아래로 떨어지는 포화 구간이 없습니다.',
    'plot.ariaF': '{names}의 그래프 (실선 f(x)), x는 {xmin}부터 {xmax}까지',
    'plot.ariaBoth': '{names}의 그래프 (실선 f(x), 점선 f′(x)), x는 {xmin}부터 {xmax}까지',
  },
  en: {
    'plot.cursor': 'Cursor x',
    'plot.readoutF': '{name}: f({x}) = {f}',
    'plot.readoutBoth': '{name}: f({x}) = {f}, f′({x}) = {df}',
    'plot.bandsSome': 'Grey bands: where the slope of {name} is below 0.1 (saturation) {ranges}',
    'plot.bandsNone': '{name} has no saturated stretch (slope below 0.1) in this range.',
    'plot.ariaF': 'Plot of {names} (solid: f(x)), x from {xmin} to {xmax}',
    'plot.ariaBoth': 'Plot of {names} (solid: f(x), dashed: f′(x)), x from {xmin} to {xmax}',
  },
};
