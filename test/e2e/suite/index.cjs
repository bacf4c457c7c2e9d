// extensionTestsPath entry: the extension host calls run(); it resolves when every test passed.
// CommonJS on purpose: the extension host loads it with require().
const path = require('path');
const Mocha = require('mocha');

exports.run = () =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    const runner = mocha.run((failures) => {
      const s = runner.stats || {};
      console.log(`${s.passes || 0} passed, ${s.failures || 0} failed`);
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
