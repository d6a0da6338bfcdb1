package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output whatever the argument order, the number of threads,
 * the locale, the time zone or the platform encoding. The JVM settings need a process of their own.
 */
class DeterminismTest {

  /** Upper-case I and non-ASCII text: what a Turkish locale or a Latin-1 platform would break. */
  private static final String PAGE =
      """
      ---
      title: "Ingress ports — café 日本"
      ---
      # INGRESS

      ## Ingress Controller

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (TCP/443) | INBOUND | API for İstanbul |
      | ICMP | INBOUND | ping |
      | TCP/UDP 30000-32767 | OUTBOUND | NodePorts |
      | HTTPS (TCP/443) | INBOUND | API for İstanbul |
      """;

  @TempDir Path dir;

  @Test
  void buildOutputIsByteIdenticalAcrossThreadsLocalesTimeZonesAndEncodings()
      throws IOException, InterruptedException {
    Path docs = docs();

    Run plain = build(docs, "plain");
    Run turkish =
        build(
            docs,
            "turkish",
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati",
            "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
    Run latin =
        build(
            docs,
            "latin",
            "-Dfile.encoding=ISO-8859-1",
            "-Duser.language=de",
            "-Duser.country=DE",
            "-Duser.timezone=America/St_Johns",
            "-Djava.util.concurrent.ForkJoinPool.common.parallelism=7");

    assertThat(plain.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(plain.files()).containsKeys("index.html", "specs/net/a.yaml", "pages/z.html");
    assertThat(turkish.files()).isEqualTo(plain.files());
    assertThat(latin.files()).isEqualTo(plain.files());
    assertThat(turkish.stdout()).isEqualTo(plain.stdout());
    assertThat(plain.stdout())
        .contains("net/a.md:13:1: error duplicate-row Row duplicates the row at line 10");
  }

  @Test
  void lintOutputDoesNotDependOnTheOrderPathsAreGiven() throws IOException {
    Path docs = docs();
    String a = docs.resolve("net/a.md").toString();
    String m = docs.resolve("m.md").toString();
    String z = docs.resolve("z.md").toString();

    Cli forward = Cli.run("lint", a, m, z, "--format", "json");
    Cli backward = Cli.run("lint", z, m, a, "--format", "json");
    Cli twice = Cli.run("lint", z, a, m, a, docs.toString(), "--format", "json");

    assertThat(backward.out()).isEqualTo(forward.out());
    assertThat(forward.out()).contains("\"files\" : 3");
    assertThat(twice.exitCode()).isEqualTo(forward.exitCode());
  }

  private Path docs() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/net"));
    // written in an order unlike the sorted one, so only portdoc's own order can make them agree
    Files.writeString(dir.resolve("docs/z.md"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("a.md"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("docs/m.md"), PAGE.replace("INGRESS", "Egress"));
    return dir.resolve("docs");
  }

  private record Run(int exitCode, String stdout, Map<String, String> files) {}

  /** {@code portdoc build} in a JVM of its own with {@code jvmOptions}. */
  private Run build(Path docs, String name, String... jvmOptions)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "build",
            docs.toString(),
            "--out",
            out.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("portdoc build did not finish (hang guard)");
    }
    String stdout =
        Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1)
            .replace(out.toString(), "OUT");
    return new Run(process.exitValue(), stdout, files(out));
  }

  /** Every file below {@code root} by relative path, its bytes as Latin-1 (lossless). */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
