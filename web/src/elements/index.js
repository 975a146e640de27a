// Registers every ActLab element (importing a file defines its element). The site's pages and
// the blog embed both load this module.
import './actlab-plot.js';
import './actlab-compare.js';
import './actlab-linear-collapse.js';
import './actlab-gradient-flow.js';
import './actlab-dying-relu.js';
import './actlab-prelu.js';
import './actlab-elu.js';
import './actlab-gelu-approx.js';
import './actlab-swish.js';
import './actlab-softmax.js';
import './actlab-summary.js';
import './actlab-explorer.js';
import './actlab-playground.js';
