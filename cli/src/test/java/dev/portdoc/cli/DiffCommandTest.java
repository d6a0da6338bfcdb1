package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  static final String OLD =
      """
      # SaaS
      ## Platform
      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | INBOUND | Browser access |
      | NATS (tcp/4222) | INBOUND | Message bus |
      | SSH (tcp/22) | INBOUND | Troubleshooting |
      | API (tcp/6443) | INBOUND | Kubernetes API |
      """;

  // headings renamed, rows reordered, one purpose changed, SSH gone, gRPC added, API port moved
  static final String NEW =
      """
      # Network Ports
      ## Platform
      | Port | Direction | Purpose |
      |---|---|---|
      | NATS (tcp/4222) | INBOUND | Message bus, deprecated |
      | HTTPS (tcp/443) | INBOUND | Browser access |
      | gRPC (tcp/9443) | INBOUND | Agent streams |
      | API (tcp/7443) | INBOUND | Kubernetes API |
      """;

  @Test
  void textListsAddedRemovedAndChangedRules(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("old.md"), OLD);
    Files.writeString(dir.resolve("new.md"), NEW);

    Cli result =
        Cli.run("diff", dir.resolve("old.md").toString(), dir.resolve("new.md").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .isEqualTo(
            dir.resolve("new.md")
                + "\n"
                + """
                  + Network Ports > Platform: gRPC tcp/9443 inbound - Agent streams  [line 7]
                  - SaaS > Platform: SSH tcp/22 inbound - Troubleshooting  [old line 7]
                  ~ Network Ports > Platform: NATS tcp/4222 inbound (purpose: "Message bus" -> "Message bus, deprecated")  [line 5]
                  ~ Network Ports > Platform: API tcp/7443 inbound (port: 6443 -> 7443)  [line 8]
                1 added, 1 removed, 2 changed
                """);
  }

  @Test
  void markdownIsATableForAPullRequestComment(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("old.md"), OLD);
    Files.writeString(dir.resolve("new.md"), NEW);

    Cli result =
        Cli.run(
            "diff",
            dir.resolve("old.md").toString(),
            dir.resolve("new.md").toString(),
            "--format",
            "markdown");

    assertThat(result.out())
        .startsWith("### Port changes\n\n1 added, 1 removed, 2 changed\n\n")
        .contains("| Change | Page | Section | Rule | Details |\n| --- | --- | --- | --- | --- |\n")
        .contains(
            "| ➖ removed | "
                + dir.resolve("new.md")
                + " | SaaS > Platform | SSH tcp/22 inbound | Troubleshooting |")
        .contains(
            "| ✏️ changed | "
                + dir.resolve("new.md")
                + " | Network Ports > Platform | API tcp/7443 inbound | port: 6443 -> 7443 |");
  }

  @Test
  void jsonCarriesBothSidesAndTheChangedFields(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("old.md"), OLD);
    Files.writeString(dir.resolve("new.md"), NEW);

    Cli result =
        Cli.run(
            "diff",
            dir.resolve("old.md").toString(),
            dir.resolve("new.md").toString(),
            "--format",
            "json");

    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.at("/summary/added").asInt()).isEqualTo(1);
    JsonNode moved = json.at("/changes/3");
    assertThat(moved.get("change").asText()).isEqualTo("changed");
    assertThat(moved.at("/before/port").asInt()).isEqualTo(6443);
    assertThat(moved.at("/after/port").asInt()).isEqualTo(7443);
    assertThat(moved.at("/fields/0/field").asText()).isEqualTo("port");
    assertThat(json.at("/changes/0/before").isNull()).isTrue();
  }

  @Test
  void foldersArePairedByRelativePath(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a/net"));
    Files.createDirectories(dir.resolve("b/net"));
    Files.writeString(dir.resolve("a/net/ports.md"), OLD);
    Files.writeString(dir.resolve("b/net/ports.md"), OLD);
    Files.writeString(dir.resolve("b/new-page.md"), NEW);

    Cli result = Cli.run("diff", dir.resolve("a").toString(), dir.resolve("b").toString());

    assertThat(result.out()).endsWith("4 added, 0 removed, 0 changed\n");
    assertThat(result.out()).startsWith(dir.resolve("b") + "/new-page.md\n");
  }

  @Test
  void gitModeComparesTheWorkTreeWithARevision(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve("docs"));
    Files.writeString(repo.resolve("docs/ports.md"), OLD);
    Files.writeString(repo.resolve("docs/gone.md"), OLD);
    LintFormatsTest.git(repo, "init", "-q");
    LintFormatsTest.git(repo, "add", ".");
    LintFormatsTest.git(
        repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "v1");
    Files.writeString(repo.resolve("docs/ports.md"), NEW);
    Files.delete(repo.resolve("docs/gone.md"));

    Cli result = Cli.run("diff", "--git", "HEAD", repo.resolve("docs").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .contains("docs/gone.md\n  - SaaS > Platform: HTTPS tcp/443 inbound")
        .contains("  ~ Network Ports > Platform: API tcp/7443 inbound (port: 6443 -> 7443)")
        .endsWith("1 added, 5 removed, 2 changed\n");
  }

  @Test
  void librariumHistoryShowsGrpcArrivingAndNatsLeaving() throws IOException {
    Path pages = Path.of(System.getProperty("portdoc.shared", "../../shared"), "corpus/librarium");
    Assumptions.assumeTrue(Files.isDirectory(pages), "shared corpus not present");

    JsonNode grpc =
        json(
            "diff",
            pages.resolve("networking-ports.id3616152243.md").toString(),
            pages.resolve("04-networking-ports.024aacac.md").toString(),
            "--format",
            "json");
    JsonNode nats =
        json(
            "diff",
            pages.resolve("networking-ports.15c6c735.md").toString(),
            pages.resolve("networking-ports.md").toString(),
            "--format",
            "json");

    // the Gatsby page brought a gRPC tab with the gRPC rows, and deprecated NATS there
    assertThat(grpc.at("/summary/removed").asInt()).isZero();
    assertThat(grpc.get("changes").findValuesAsText("purpose"))
        .anyMatch(purpose -> purpose.contains("gRPC"));
    assertThat(grpc.get("changes").findValuesAsText("context"))
        .anyMatch(context -> context.endsWith("[gRPC]"));
    assertThat(grpc.get("changes").findValues("fields").toString())
        .contains("{\"field\":\"deprecated\",\"before\":\"false\",\"after\":\"true\"}");
    // the newest page dropped NATS: rules only went away, NATS among them
    assertThat(nats.at("/summary/added").asInt()).isZero();
    assertThat(nats.get("changes").findValuesAsText("service")).contains("NATS");
    assertThat(nats.get("changes").findValuesAsText("change")).containsOnly("removed");
  }

  static JsonNode json(String... args) throws IOException {
    Cli result = Cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    return new ObjectMapper().readTree(result.out());
  }

  @Test
  void yamlSpecsAreRefusedUntilTheSpecReaderExists(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "kind: PortSpec\n");

    Cli result =
        Cli.run("diff", dir.resolve("a.yaml").toString(), dir.resolve("a.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "portdoc: "
                + dir.resolve("a.yaml")
                + ": comparing YAML specs is not supported yet; compare the pages instead\n");
  }

  @Test
  void oneArgumentWithoutGitIsAUsageError() {
    Cli result = Cli.run("diff", "x.md");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("diff needs OLD and NEW");
  }
}
