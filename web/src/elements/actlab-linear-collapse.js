// <actlab-linear-collapse>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabLinearCollapse extends ActLabElement {
  static tag = 'actlab-linear-collapse';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabLinearCollapse);
