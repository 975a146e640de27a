// <actlab-gradient-flow>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabGradientFlow extends ActLabElement {
  static tag = 'actlab-gradient-flow';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabGradientFlow);
