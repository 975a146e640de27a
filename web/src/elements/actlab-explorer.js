// <actlab-explorer>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabExplorer extends ActLabElement {
  static tag = 'actlab-explorer';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabExplorer);
