// <actlab-gradient-flow>
export default { ko: {}, en: {} };
