// <actlab-softmax>
export default { ko: {}, en: {} };
