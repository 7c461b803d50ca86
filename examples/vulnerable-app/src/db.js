const { Client } = require('pg');
const config = require('./config');

const client = new Client({ connectionString: config.databaseUrl });

async function findUser(id) {
  // The id comes straight from the query string.
  const query = "SELECT id, name, email FROM users WHERE id = '" + id + "'";
  const result = await client.query(query);
  return result.rows[0];
}

async function findUserSafely(id) {
  const result = await client.query('SELECT id, name, email FROM users WHERE id = $1', [id]);
  return result.rows[0];
}

module.exports = { findUser, findUserSafely };
