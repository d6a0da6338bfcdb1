// lint names the duplicate row, and the build fails with portdoc's findings message
def log = new File(basedir, 'build.log').text
assert log.contains('docs/ports.md:6:1: error duplicate-row Row duplicates the row at line 5')
assert log.contains('findings at or above failOn=error')
return true
