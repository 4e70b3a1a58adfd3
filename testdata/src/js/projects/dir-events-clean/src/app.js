// Role: the Socket.IO server itself (a subclass). Every file of src/events becomes the
// listener of the event named after it, bound to { server, socket }. There is a file
// named disconnect.js, so it is the disconnect listener, with the other listeners.
const { Server } = require('socket.io');
const { readdir } = require('fs');
const { join, resolve } = require('path');

class App extends Server {
  constructor(...args) {
    super(...args);
    this.rooms = new Map();
    this.nicknames = new Map();
    this.on('connection', (socket) => {
      this.registerEvents(socket);
    });
  }

  registerEvents(socket) {
    const dir = './src/events';
    readdir(dir, (err, files) => {
      if (err) return console.warn(err);
      files = files.filter((f) => f.endsWith('.js'));
      files.forEach((f) => {
        const eventName = f.substring(0, f.indexOf('.'));
        const handler = require(resolve(__basedir, join(dir, f)));
        socket.on(eventName, handler.bind(null, { server: this, socket }));
      });
    });
    return this;
  }
}

module.exports = { App };
