// <actlab-elu>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabElu extends ActLabElement {
  static tag = 'actlab-elu';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabElu);
