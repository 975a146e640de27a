// Registers the elements the teaching page uses (web/index.html): every lab, without the
// explorer and the playground, which have pages of their own. The blog embed loads index.js.
import './actlab-compare.js';
import './actlab-dying-relu.js';
import './actlab-elu.js';
import './actlab-gelu-approx.js';
import './actlab-gradient-flow.js';
import './actlab-linear-collapse.js';
import './actlab-plot.js';
import './actlab-prelu.js';
import './actlab-softmax.js';
import './actlab-summary.js';
import './actlab-swish.js';
