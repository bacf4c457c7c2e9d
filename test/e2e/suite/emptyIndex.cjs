// extensionTestsPath entry for the empty-workspace suite, run on a folder with no files.
exports.run = () => require('./mochaRun.cjs').runFiles(['empty.test.cjs']);
