// Runs mocha test files inside the extension host and prints the bare "N passed, N failed" line.
const path = require('path');
const Mocha = require('mocha');

exports.runFiles = (files) =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90000 });
    for (const f of files) mocha.addFile(path.join(__dirname, f));
    const runner = mocha.run((failures) => {
      const s = runner.stats || {};
      console.log(`${s.passes || 0} passed, ${s.failures || 0} failed`);
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
