package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line naming the path and what is wrong, exit 2, and no stack trace. */
class ClearErrorsTest {

  private static final String PAGE = "| Port |\n|---|\n| 443 |\n";

  @TempDir Path dir;

  @Test
  void aFolderWithNoPagesIsOneLine() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "no pages here");

    for (String command : new String[] {"lint", "build", "export"}) {
      Cli result =
          command.equals("build")
              ? Cli.run(command, dir.toString(), "--out", dir.resolveSibling("x").toString())
              : Cli.run(command, dir.toString());

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
      assertThat(result.err())
          .as(command)
          .isEqualTo("portdoc: " + dir + ": no .md or .mdx pages in this folder\n");
      assertThat(result.out()).as(command).isEmpty();
    }
  }

  @Test
  void anUnreadablePageIsOneLine() throws IOException {
    Path page = Files.writeString(dir.resolve("secret.md"), PAGE);
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(page), "running as root: permissions are not enforced");

    Cli direct = Cli.run("lint", page.toString());
    Cli inFolder = Cli.run("lint", dir.toString());

    assertThat(direct.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(direct.err())
        .isEqualTo("portdoc: " + page + ": cannot be read (permission denied)\n");
    assertThat(inFolder.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(inFolder.err())
        .isEqualTo("portdoc: " + page + ": cannot be read (permission denied)\n");
  }

  @Test
  void aPipeNamedMdIsRefusedInsteadOfBlocking() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.md");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available");
    Files.writeString(dir.resolve("page.md"), PAGE);

    Cli direct =
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Cli.run("lint", fifo.toString()));
    Cli inFolder =
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Cli.run("lint", dir.toString()));

    assertThat(direct.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(direct.err()).isEqualTo("portdoc: " + fifo + ": not a regular file or folder\n");
    assertThat(inFolder.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(inFolder.out()).startsWith("1 file(s) checked");
  }

  @Test
  void hostileConfigurationIsOneLineNotAHang() throws IOException {
    Files.writeString(dir.resolve("page.md"), PAGE);
    StringBuilder laughs =
        new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append(c).append(": &").append(c).append(" [");
      laughs.append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1))));
      laughs.append("]\n");
    }
    laughs.append("words: *j\n");
    Path config = Files.writeString(dir.resolve("portdoc.yaml"), laughs);

    Cli result =
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> Cli.run("lint", dir.toString()));

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("portdoc: " + config).doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void binaryConfigurationIsOneLine() throws IOException {
    Files.writeString(dir.resolve("page.md"), PAGE);
    Path config = Files.write(dir.resolve("portdoc.yaml"), new byte[] {(byte) 0x89, 'P', 0, 0, 1});

    Cli result = Cli.run("lint", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("portdoc: " + config).doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void noStackTraceUnlessVerbose() {
    Cli quiet = Cli.run("lint", dir.resolve("missing").toString());
    Cli verbose = Cli.run("lint", "--verbose", dir.resolve("missing").toString());

    assertThat(quiet.err())
        .isEqualTo("portdoc: " + dir.resolve("missing") + ": no such file or folder\n");
    assertThat(verbose.err())
        .startsWith("portdoc: " + dir.resolve("missing") + ": no such file or folder\n")
        .contains("\tat dev.portdoc.cli.DocsLoader.find");
  }
}
