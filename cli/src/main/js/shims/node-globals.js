// Free `process` references inside bundled libraries resolve here, so no library sees a host process. Free `Buffer`
// references resolve to the sandbox's global Buffer (the buffer module, loaded when first touched).
export const process = {
    env: {},
    argv: [],
    browser: true,
    version: '',
    versions: {},
    platform: 'browser',
    cwd: () => '/',
    nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
    emitWarning: () => {}
};
