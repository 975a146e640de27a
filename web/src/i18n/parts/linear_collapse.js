// <actlab-linear-collapse>
export default { ko: {}, en: {} };
