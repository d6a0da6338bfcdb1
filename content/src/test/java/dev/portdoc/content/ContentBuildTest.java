package dev.portdoc.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.cli.PortdocCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documentation this repository publishes lints clean and builds. */
class ContentBuildTest {

  @Test
  void contentLintsCleanAtEverySeverity() {
    StringWriter out = new StringWriter();
    int code = run(out, "lint", "docs", "--fail-on", "info");

    assertThat(out.toString()).endsWith("0 error(s), 0 warning(s), 0 info\n");
    assertThat(code).isZero();
  }

  @Test
  void contentBuildsASiteAndASpecPerPage() {
    Path site = Path.of("target", "site");
    StringWriter out = new StringWriter();

    assertThat(run(out, "build", "docs", "--out", site.toString())).isZero();

    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("pages/architecture/networking-ports.html")).isRegularFile();
    assertThat(site.resolve("specs/architecture/networking-ports.yaml")).isRegularFile();
    assertThat(Files.isDirectory(site.resolve("specs"))).isTrue();
  }

  private static int run(StringWriter out, String... args) {
    var cli = PortdocCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }
}
