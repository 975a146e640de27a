// <actlab-gelu-approx>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabGeluApprox extends ActLabElement {
  static tag = 'actlab-gelu-approx';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabGeluApprox);
