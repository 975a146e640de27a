// <actlab-dying-relu>: placeholder until the lab is written (see issue "teaching site").
import { ActLabElement, define } from './base.js';

export class ActLabDyingRelu extends ActLabElement {
  static tag = 'actlab-dying-relu';
  get value() {
    return null;
  }
  start() {}
  update() {}
}

define(ActLabDyingRelu);
