// Role: a database-backed settings model with static accessors: a class, not an
// in-memory collection.
const db = require('./db');

class Settings {
  static async get(key) {
    const row = await db.get('SELECT value FROM setting WHERE key = ?', key);
    return row && JSON.parse(row.value);
  }

  static async set(key, value) {
    await db.run('REPLACE INTO setting (key, value) VALUES (?, ?)', key, JSON.stringify(value));
  }
}

module.exports = Settings;
