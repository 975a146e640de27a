// <actlab-swish>
export default { ko: {}, en: {} };
