// The teaching page's display formulas, as LaTeX: one source for both languages (a formula is
// not translated). scripts/gen-formulas.mjs renders them with KaTeX at build time into
// web/src/generated/formulas.js (`siteFormulas`), and the build puts that HTML where web/index.html
// says <div class="formula" data-formula="KEY"></div> (web/formula-html.mjs): the page ships
// no KaTeX JavaScript and shows its formulas before any script runs.
//
// Long formulas are split over lines (aligned or gathered) so that they fit a 360 px phone; one
// that still does not fit scrolls sideways in its box (src/site.js makes that box focusable).
// KaTeX runs with strict: 'error', so only plain ASCII LaTeX belongs here.

export const siteFormulas = {
  's0.f1': String.raw`\begin{gathered} z = w_1x_1 + w_2x_2 + \cdots + w_nx_n + b \\ a = f(z) \end{gathered}`,
  's1.f1': String.raw`\begin{aligned} W_2(W_1x + b_1) + b_2 &= (W_2W_1)\,x + (W_2b_1 + b_2) \\ &= Wx + b \end{aligned}`,
  's2.f1': String.raw`\begin{gathered} \sigma(x) = \frac{1}{1 + e^{-x}} \\ \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr) \end{gathered}`,
  's2.f2': String.raw`\frac{\partial L}{\partial z^{(l)}} = \operatorname{diag}\bigl(\sigma'(z^{(l)})\bigr)\,\bigl(W^{(l+1)}\bigr)^{\top} \frac{\partial L}{\partial z^{(l+1)}}`,
  's3.f1': String.raw`\begin{gathered} \operatorname{ReLU}(x) = \max(0, x) \\ \operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases} \end{gathered}`,
  's4.f1': String.raw`\begin{gathered} \operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases} \\ \operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x < 0 \end{cases} \end{gathered}`,
  's5.f1': String.raw`\begin{gathered} \operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases} \\ \operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases} \end{gathered}`,
  's6.f1': String.raw`\begin{gathered} \operatorname{GELU}(x) = x\,\Phi(x) \\ \Phi(x) = P(Z \le x), \quad Z \sim \mathcal{N}(0, 1) \end{gathered}`,
  's6.f2': String.raw`\begin{aligned} \operatorname{GELU}(x) &\approx 0.5\,x\,\bigl(1 + \tanh u\bigr) \\ u &= \sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr) \end{aligned}`,
  's7.f1': String.raw`\begin{gathered} \operatorname{Swish}(x) = x\,\sigma(\beta x) \\ \operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}} \end{gathered}`,
  's8.f1': String.raw`\operatorname{softmax}(z)_i = \frac{\exp(z_i)}{\sum_j \exp(z_j)}`,
  's8.f2': String.raw`p_i = \frac{\exp(z_i / T)}{\sum_j \exp(z_j / T)}`,
  's8.f3': String.raw`\begin{gathered} \operatorname{softmax}(z)_i = \frac{\exp(z_i - m)}{\sum_j \exp(z_j - m)} \\ m = \max_j z_j \end{gathered}`,
  's8.f4': String.raw`\begin{gathered} \frac{\partial p_i}{\partial z_j} = p_i\,(\delta_{ij} - p_j) \\ J = \operatorname{diag}(p) - p\,p^{\top} \end{gathered}`,
};

export default siteFormulas;
