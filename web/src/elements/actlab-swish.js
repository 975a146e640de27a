// <actlab-swish>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabSwish extends ActLabElement {
  static tag = 'actlab-swish';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabSwish);
