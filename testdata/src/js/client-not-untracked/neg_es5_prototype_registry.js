// Negative (removal through a prototype method bound to the instance): the ES5-style
// signalling server whose disconnect handler, a prototype method bound to the instance,
// deletes the socket's entry from the peers table on `this`.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function SignalHub(io) {
  if (!(this instanceof SignalHub)) return new SignalHub(io);
  EventEmitter.call(this);
  this._peers = {};

  io.on('connection', (socket) => {
    socket.on('hub:announce', this._onAnnounce.bind(this, socket));
    socket.on('hub:relay', this._onRelay.bind(this, socket));
    socket.on('disconnect', this._onLeave.bind(this, socket));
  });
}
util.inherits(SignalHub, EventEmitter);

SignalHub.prototype._onAnnounce = function (socket, info) {
  var id = (info && info.id) || socket.id;
  this._peers[id] = socket;
  socket.emit('hub:welcome', { id: id });
};

SignalHub.prototype._onRelay = function (socket, msg) {
  var target = this._peers[msg.to];
  if (target) target.emit('hub:relay', { from: socket.id, data: msg.data });
};

SignalHub.prototype._onLeave = function (socket, reason) {
  for (var id in this._peers) {
    if (this._peers[id] === socket) delete this._peers[id];
  }
  this.emit('leave', socket.id, reason);
};

module.exports = SignalHub;
