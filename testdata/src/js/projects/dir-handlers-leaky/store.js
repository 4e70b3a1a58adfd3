// Role: process-wide state shared by the handler modules.
const { EventEmitter } = require('events');

const online = new Map();
const bus = new EventEmitter();

module.exports = { online, bus };
