// <actlab-explorer>
export default { ko: {}, en: {} };
