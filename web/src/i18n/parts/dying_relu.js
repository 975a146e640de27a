// <actlab-dying-relu>
export default { ko: {}, en: {} };
