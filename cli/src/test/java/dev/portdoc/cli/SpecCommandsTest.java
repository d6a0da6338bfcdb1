package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code render-md} and {@code lint SPEC.yaml}. */
class SpecCommandsTest {

  static final String SEED = LintCommandTest.SEED;

  @Test
  void exportYamlOfTheSeedIsTheGoldenSpec() throws IOException {
    Cli result = Cli.run("export", SEED);

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    String golden =
        Files.readString(
            Path.of("../site-generator/src/test/resources/golden/seed-networking-ports.yaml"));
    assertThat(result.out())
        .isEqualTo(golden.replace("path: networking-ports.md", "path: " + SEED));
  }

  @Test
  void exportJsonMergesTwoPagesIntoOneSpec(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a.md"), "## Edge\n\n| Port | Direction |\n|---|---|\n| tcp/443 | in |\n");
    Files.writeString(
        dir.resolve("b.md"), "## Edge\n\n| Port | Direction |\n|---|---|\n| tcp/443 | in |\n");

    Cli result = Cli.run("export", dir.toString(), "--format", "json", "--merge");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode spec = new ObjectMapper().readTree(result.out());
    JsonNode rules = spec.at("/deployments/0/components/0/rules");
    assertThat(spec.at("/deployments").size()).isEqualTo(1);
    assertThat(rules.size()).isEqualTo(2);
    assertThat(rules.get(0).get("id").asText()).isEqualTo("default.edge.tcp-443-inbound");
    assertThat(rules.get(1).get("id").asText()).isEqualTo("default.edge.tcp-443-inbound-2");
    assertThat(rules.get(1).at("/location/file").asText()).isEqualTo(dir + "/b.md");
  }

  @Test
  void exportToFileWritesTheFileAndNothingElse(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out/ports.tf.json");

    Cli result = Cli.run("export", SEED, "--format", "terraform", "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(Files.readString(out));
    assertThat(root.at("/resource/aws_security_group_rule").size()).isEqualTo(12);
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("ports.tf.json");
    }
  }

  @Test
  void failedExportLeavesTheOldFileAlone(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("spec.yaml");
    Files.writeString(out, "old\n");

    Cli result = Cli.run("export", "no/such/page.md", "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(out)).isEqualTo("old\n");
  }

  @Test
  void exportNetworkPolicyFromASpecFile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("ports.yaml");
    Files.writeString(spec, Cli.run("export", SEED).out());

    Cli result = Cli.run("export", spec.toString(), "--format", "networkpolicy");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n");
    assertThat(result.out().split("\n---\n")).hasSize(4);
  }

  @Test
  void renderMdWritesThePageBackAndItExportsToTheSameRules(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("ports.yaml");
    Files.writeString(spec, Cli.run("export", SEED).out());

    Cli rendered = Cli.run("render-md", spec.toString());

    assertThat(rendered.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(rendered.out())
        .isEqualTo(
            Files.readString(
                Path.of(
                    "../site-generator/src/test/resources/golden/seed-networking-ports.render.md")));
    Path page = dir.resolve("ports.md");
    Files.writeString(page, rendered.out());
    assertThat(ids(Cli.run("export", page.toString()).out()))
        .isEqualTo(ids(Cli.run("export", SEED).out()));
  }

  @Test
  void lintOfASpecReportsTheDuplicateRuleAtItsYamlLine(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("ports.yaml");
    Files.writeString(spec, Cli.run("export", SEED).out());

    Cli result = Cli.run("lint", spec.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    // the third rule of Workload Cluster (the page's line 33) starts at line 54 of the spec
    assertThat(result.out())
        .startsWith(
            spec
                + ":54:13: error duplicate-row Row duplicates the row at line 44; remove one of"
                + " them.\n");
  }

  @Test
  void malformedSpecIsAUsageErrorWithFileAndLine(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("bad.yml");
    Files.writeString(spec, "apiVersion: portdoc/v1\nkind: [PortSpec\n");

    for (String command : List.of("lint", "export", "render-md")) {
      Cli result = Cli.run(command, spec.toString());

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
      assertThat(result.err())
          .as(command)
          .startsWith("portdoc: " + spec + ":3:1: not valid YAML: ");
      assertThat(result.err().lines()).as(command).hasSize(1);
      assertThat(result.out()).as(command).isEmpty();
    }
  }

  @Test
  void billionLaughsSpecIsRefusedInOneLine(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("laughs.yaml");
    StringBuilder text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      text.append(c).append(": &").append(c).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
    }
    Files.writeString(spec, text);

    Cli result = Cli.run("lint", spec.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo("portdoc: " + spec + ":1:4: anchors and aliases are not allowed in a spec\n");
  }

  private static List<String> ids(String yaml) {
    return yaml.lines().filter(l -> l.strip().startsWith("- id: ")).map(String::strip).toList();
  }
}
