module.exports = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL || 'postgres://admin:Winter2024!@db.internal:5432/app',
  sessionSecret: 'keyboard-cat-session-secret',
};
