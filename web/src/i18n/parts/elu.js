// <actlab-elu>
export default { ko: {}, en: {} };
