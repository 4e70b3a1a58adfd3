// Role: loads every other module of its own folder and hands each { io, socket }.
const fs = require('fs');
const path = require('path');

module.exports = (io) => {
  const handlerFiles = fs.readdirSync(__dirname).filter((file) => file !== 'index.js');

  io.on('connection', (socket) => {
    handlerFiles.forEach((file) => {
      const handler = require(path.join(__dirname, file));
      handler({ io, socket });
    });
  });
};
