// Role: entry point. The server class loads one event handler per file of src/events.
const { App } = require('./src/app');

global.__basedir = __dirname;

new App(8000, { cors: { origin: '*' } });
console.log('listening on 8000');
