// <actlab-prelu>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabPrelu extends ActLabElement {
  static tag = 'actlab-prelu';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabPrelu);
