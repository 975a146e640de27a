// <actlab-compare>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabCompare extends ActLabElement {
  static tag = 'actlab-compare';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabCompare);
