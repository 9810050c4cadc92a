// Runs first in every npm script, on whatever Node the machine has: plain old syntax, so that even a Node too old
// for the project gets a sentence saying what to do instead of a syntax error. Inside an npm script `node` is the
// Node 24 that `npm install` put in node_modules/.bin (the `node` devDependency), ahead of the machine's own.
var version = process.versions.node;
var major = Number(version.split('.')[0]);
if (major < 18) {
  console.error('Node ' + version + ' is too old: install Node 18 or later (npm install then brings Node 24 for this project).');
  process.exit(1);
}
if (major < 24) {
  console.error('Node ' + version + ' is running, not the Node 24 this project runs on: run `npm install` first, which brings it.');
  process.exit(1);
}
