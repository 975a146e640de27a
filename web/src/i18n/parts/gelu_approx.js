// <actlab-gelu-approx>
export default { ko: {}, en: {} };
