const http = require('node:http');
const { findUser } = require('./db');
const { readUpload } = require('./files');
const { ping } = require('./tools');
const config = require('./config');

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/user') {
    const user = await findUser(url.searchParams.get('id'));
    res.end(JSON.stringify(user));
  } else if (url.pathname === '/download') {
    res.end(readUpload(url.searchParams.get('name')));
  } else if (url.pathname === '/ping') {
    res.end(await ping(url.searchParams.get('host')));
  } else {
    res.statusCode = 404;
    res.end('not found');
  }
});

server.listen(config.port);
