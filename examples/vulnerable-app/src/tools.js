const { exec } = require('node:child_process');

function ping(host) {
  return new Promise((resolve) => {
    exec('ping -c 1 ' + host, (error, stdout) => {
      resolve(error ? 'unreachable' : stdout);
    });
  });
}

module.exports = { ping };
