// extensionTestsPath entry for the Restricted Mode suite, run in an untrusted workspace.
exports.run = () => require('./mochaRun.cjs').runFiles(['restricted.test.cjs']);
