// Appended to chai 4's utils/proxify.js in the sandbox bundle (bundle.mjs), whose own export is renamed away (and,
// unused, dropped by the bundler); uses that file's config, getProperties, builtins and stringDistanceCapped. chai
// wraps every assertion in a Proxy whose `get` trap runs on every read, chai's own included (`flag(this, …)` reads
// `this.__flags` through it): in an interpreter that trap was the largest single cost of an assertion. Here the Proxy
// sits at the end of the prototype chain instead, so it sees only the reads nothing before it answers, which are the
// misspelled properties chai's proxy exists to catch; they throw the same "Invalid Chai property" errors with the same
// suggestions. chai's non-proxy mode (isProxyEnabled() is patched to false) sets the stack start (ssfi) in its own
// wrappers.

function jnInvalidProperty(property, receiver, nonChainableMethodName) {
  if (nonChainableMethodName) {
    return Error('Invalid Chai property: ' + nonChainableMethodName + '.' + property +
      '. See docs for proper usage of "' + nonChainableMethodName + '".');
  }
  var best = null;
  var bestDistance = 4;
  getProperties(receiver).forEach(function (name) {
    if (Object.prototype.hasOwnProperty(name) || builtins.indexOf(name) !== -1) return;
    var distance = stringDistanceCapped(property, name, bestDistance);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  });
  return Error('Invalid Chai property: ' + property + (best === null ? '' : '. Did you mean "' + best + '"?'));
}

// a prototype that answers every read its base answers and throws chai's error for the others
function jnGuard(base, nonChainableMethodName) {
  return new Proxy(Object.create(base), {
    get: function guardGetter(target, property, receiver) {
      // chai's own names are never typos; `__flags` comes first, as flag() reads it on an object that has none yet.
      // (Proxy and Reflect exist here: proxify only installs a guard when they do.)
      if (typeof property === 'string' && property !== '__flags' && builtins.indexOf(property) === -1 &&
          config.proxyExcludedKeys.indexOf(property) === -1 && config.useProxy && !Reflect.has(target, property)) {
        throw jnInvalidProperty(property, receiver, nonChainableMethodName);
      }
      return Reflect.get(target, property, receiver);
    }
  });
}

var jnGuarded = new WeakSet();
var jnLastGuarded = null;

module.exports = function proxify(obj, nonChainableMethodName) {
  if (typeof Proxy === 'undefined' || typeof Reflect === 'undefined') return obj;
  if (typeof obj === 'function') {
    // a method that is not chainable gets a guard of its own, for the message that names it; a chainable method's
    // prototype is an assertion, whose chain is guarded already
    if (nonChainableMethodName) Object.setPrototypeOf(obj, jnGuard(Object.getPrototypeOf(obj), nonChainableMethodName));
    return obj;
  }
  // an assertion: one guard after Assertion.prototype serves every instance
  var proto = Object.getPrototypeOf(obj);
  // (every assertion made by chai.Assertion has the same prototype: one comparison instead of a WeakSet lookup)
  if (proto === jnLastGuarded) return obj;
  if (proto !== null && !jnGuarded.has(proto)) {
    jnGuarded.add(proto);
    Object.setPrototypeOf(proto, jnGuard(Object.getPrototypeOf(proto) || Object.prototype));
  }
  jnLastGuarded = proto;
  return obj;
};
