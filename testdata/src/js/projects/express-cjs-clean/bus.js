// Role: the app-wide event bus shared by the HTTP admin routes and every socket (one instance per process).
const { EventEmitter } = require('events');

const bus = new EventEmitter();
bus.setMaxListeners(0);

module.exports = bus;
