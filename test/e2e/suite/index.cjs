// extensionTestsPath entry for the main suite (CommonJS: the extension host loads it with require()).
exports.run = () => require('./mochaRun.cjs').runFiles(['extension.test.cjs', 'recovery.test.cjs', 'looks.test.cjs']);
