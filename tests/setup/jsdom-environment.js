// jsdom, with the web platform classes that browsers have, Node has too, and jsdom lacks: react-router's
// data router builds a Request (with an AbortController's signal) for each navigation.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['TextEncoder', 'TextDecoder', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal'];

module.exports = class JsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
};
