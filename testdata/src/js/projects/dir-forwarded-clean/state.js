const rooms = new Map();
module.exports = { rooms };
