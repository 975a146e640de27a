// <actlab-summary>
export default { ko: {}, en: {} };
