// <actlab-softmax>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabSoftmax extends ActLabElement {
  static tag = 'actlab-softmax';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabSoftmax);
