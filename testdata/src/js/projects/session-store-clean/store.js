// Role: the express-session store, built by a project function around a package class.
const connectRedis = require('connect-redis');
const redis = require('redis');

module.exports = (session) => {
  const RedisStore = connectRedis(session);
  return new RedisStore({ client: redis.createClient() });
};
