// <actlab-prelu>
export default { ko: {}, en: {} };
