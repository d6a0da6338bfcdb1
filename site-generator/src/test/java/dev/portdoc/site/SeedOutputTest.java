package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden YAML and HTML of the seed page. Run with {@code -Dportdoc.updateGolden=true} to rewrite
 * the files, then review the diff.
 */
class SeedOutputTest {

  private static final Path SEED =
      Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private final Document seed;

  SeedOutputTest() throws IOException {
    seed = PageParser.create().parse("networking-ports.md", Files.readString(SEED));
  }

  @Test
  void yamlSpecMatchesGoldenFile() throws IOException {
    assertGolden("seed-networking-ports.yaml", new YamlSpecWriter().write(seed));
  }

  @Test
  void yamlSpecListsEveryRowOfEveryTable() {
    String yaml = new YamlSpecWriter().write(seed);
    long rules = yaml.lines().filter(line -> line.strip().startsWith("- id: ")).count();
    assertThat(rules).isEqualTo(12);
    assertThat(yaml).contains("id: saas-managed.workload-cluster.nats-tcp-4222-outbound-2");
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("portdoc.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
