// <actlab-summary>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabSummary extends ActLabElement {
  static tag = 'actlab-summary';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabSummary);
