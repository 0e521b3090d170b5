// require('timers') hands out the sandbox's own timers, which the script's event loop tracks.
module.exports = {
    setTimeout: (...a) => globalThis.setTimeout(...a),
    clearTimeout: (...a) => globalThis.clearTimeout(...a),
    setInterval: (...a) => globalThis.setInterval(...a),
    clearInterval: (...a) => globalThis.clearInterval(...a),
    setImmediate: (...a) => globalThis.setImmediate(...a),
    clearImmediate: (...a) => globalThis.clearImmediate(...a)
};
