// <actlab-compare>
export default { ko: {}, en: {} };
