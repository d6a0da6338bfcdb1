package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks against the shared corpora: planted defects found, real pages linted. */
class CorpusTest {

  private static Path shared() {
    String property = System.getProperty("portdoc.shared");
    assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no shared folder");
    return Path.of(property);
  }

  @Test
  void plantedDefectsOfTheGeneratedTreeAreFoundAtTheirLinesAndLittleElse(@TempDir Path out)
      throws IOException, InterruptedException {
    Path generator = shared().resolve("bench/gen-corpus.py");
    assumeTrue(Files.isRegularFile(generator), "no generator");
    Process python;
    try {
      python =
          new ProcessBuilder(
                  "python3",
                  generator.toString(),
                  out.toString(),
                  "--pages",
                  "150",
                  "--seed",
                  "11",
                  "--defect-rate",
                  "0.3")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "no python3");
      return;
    }
    python.getInputStream().readAllBytes();
    assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(python.exitValue()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode planted = json.readTree(out.resolve("planted.json").toFile());

    Cli result = Cli.run("lint", out.toString(), "--format", "json", "--fail-on", "none");

    Map<String, Set<Integer>> flagged = new HashMap<>();
    int elsewhere = 0;
    Set<String> plantedAt = new HashSet<>();
    for (JsonNode p : planted) {
      plantedAt.add(out + "/" + p.get("file").asText() + ":" + p.get("line").asInt());
    }
    for (JsonNode d : json.readTree(result.out()).get("diagnostics")) {
      if (d.get("severity").asText().equals("info")) {
        continue;
      }
      String at = d.get("file").asText() + ":" + d.get("line").asInt();
      if (plantedAt.contains(at)) {
        flagged
            .computeIfAbsent(d.get("file").asText(), k -> new HashSet<>())
            .add(d.get("line").asInt());
      } else {
        elsewhere++;
      }
    }
    int found = 0;
    for (JsonNode p : planted) {
      String file = out + "/" + p.get("file").asText();
      if (flagged.getOrDefault(file, Set.of()).contains(p.get("line").asInt())) {
        found++;
      }
    }
    assertThat(planted.size()).isGreaterThan(100);
    assertThat(found).isGreaterThanOrEqualTo((int) Math.ceil(planted.size() * 0.99));
    assertThat(elsewhere).isLessThan(Math.max(1, planted.size() / 100));
  }

  @Test
  void everyRealPageIsLintedWithoutACrash() {
    Path corpus = shared().resolve("corpus");
    assumeTrue(Files.isDirectory(corpus), "no corpus");

    Cli result = Cli.run("lint", corpus.toString(), "--fail-on", "none");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).containsPattern("\\d+ file\\(s\\) checked: ");
  }
}
