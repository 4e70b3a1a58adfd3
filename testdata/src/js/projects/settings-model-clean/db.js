// Role: the database handle (a client from a package).
const { open } = require('sqlite');

module.exports = open({ filename: 'data.db' });
