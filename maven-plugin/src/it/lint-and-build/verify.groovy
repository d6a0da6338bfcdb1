// build wrote the site and the specs, export the YAML stream, lint printed its summary
def portdoc = new File(basedir, 'target/portdoc')
assert new File(portdoc, 'index.html').isFile()
assert new File(portdoc, 'pages/ports.html').isFile()
assert new File(portdoc, 'specs/ports.yaml').isFile()
def yaml = new File(portdoc, 'portdoc.yaml').text
assert yaml.contains('kind: PortSpec')
assert yaml.contains('port: 443')
def log = new File(basedir, 'build.log').text
assert log.contains('1 file(s) checked: 0 error(s), 0 warning(s), 0 info')
def sarif = new File(basedir, 'target/portdoc-lint.sarif').text
assert sarif.contains('"version" : "2.1.0"')
assert sarif.contains('"results" : [ ]')
return true
