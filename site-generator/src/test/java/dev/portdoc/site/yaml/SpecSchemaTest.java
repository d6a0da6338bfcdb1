package dev.portdoc.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import dev.portdoc.model.doc.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SpecSchemaTest {

  private final YamlSpecWriter writer = new YamlSpecWriter();
  private final SpecBuilder builder = new SpecBuilder();

  @Test
  void seedSpecValidatesAsYamlAndAsJson() {
    PortSpec spec = builder.spec(Specs.seed());

    assertThat(Specs.schemaErrors(writer.yaml(spec), InputFormat.YAML)).isEmpty();
    assertThat(Specs.schemaErrors(writer.json(spec), InputFormat.JSON)).isEmpty();
    assertThat(spec.rules()).hasSize(12);
  }

  @Test
  void fixturePagesAndTheirMergedSpecValidate() throws IOException {
    List<Document> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Specs.FIXTURES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        pages.add(Specs.parse(page, page.getFileName().toString()));
      }
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    for (Document page : pages) {
      assertThat(Specs.schemaErrors(writer.yaml(builder.spec(page)), InputFormat.YAML))
          .as(page.path())
          .isEmpty();
    }
    PortSpec merged = builder.merged("specs", pages);
    assertThat(Specs.schemaErrors(writer.yaml(merged), InputFormat.YAML)).isEmpty();
    assertThat(merged.rules()).allMatch(rule -> rule.file().isPresent());
  }

  @Test
  void everyCorpusPageSpecValidates() {
    List<Path> pages = Specs.corpusPages();
    Assumptions.assumeFalse(pages.isEmpty(), "no shared corpus");
    List<String> failures = new ArrayList<>();
    for (Path page : pages) {
      String yaml = writer.yaml(builder.spec(Specs.parse(page, page.toString())));
      Specs.schemaErrors(yaml, InputFormat.YAML).forEach(e -> failures.add(page + ": " + e));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void schemaRefusesWrongTypesUnknownKeysAndPortsOnIcmp() {
    String valid =
        """
        apiVersion: portdoc/v1
        kind: PortSpec
        source:
          path: a.md
        variants: []
        deployments:
          - name: default
            components:
              - name: default
                rules:
                  - id: default.default.icmp
                    transport: icmp
                    purpose: ping
                    deprecated: false
                    optional: false
                    location:
                      line: 3
        """;
    assertThat(Specs.schemaErrors(valid, InputFormat.YAML)).isEmpty();
    assertThat(
            Specs.schemaErrors(
                valid.replace("transport: icmp", "transport: icmp\n            port: 7"),
                InputFormat.YAML))
        .isNotEmpty();
    assertThat(
            Specs.schemaErrors(
                valid.replace("transport: icmp", "transport: tcp\n            port: \"443\""),
                InputFormat.YAML))
        .singleElement()
        .asString()
        .contains("port");
    assertThat(
            Specs.schemaErrors(
                valid.replace("purpose: ping", "purpose: ping\n            colour: red"),
                InputFormat.YAML))
        .singleElement()
        .asString()
        .contains("colour");
    assertThat(Specs.schemaErrors(valid.replace("portdoc/v1", "portdoc/v2"), InputFormat.YAML))
        .isNotEmpty();
  }
}
