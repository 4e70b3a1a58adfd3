// Role: a helper module that sits in handlers/ too; the loop calls every module, but this
// one exports an object, not a handler, and registers nothing.
const clampInterval = (v) => Math.min(Math.max(Number(v) || 10000, 1000), 60000);

module.exports = { clampInterval };
