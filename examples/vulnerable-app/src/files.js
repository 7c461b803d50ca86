const fs = require('node:fs');
const path = require('node:path');

const UPLOADS = path.join(__dirname, '..', 'uploads');

function readUpload(name) {
  const file = path.join(UPLOADS, name);
  return fs.readFileSync(file);
}

module.exports = { readUpload };
