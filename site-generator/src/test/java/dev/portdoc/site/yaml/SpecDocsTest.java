package dev.portdoc.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import dev.portdoc.parser.PageParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/spec.md and docs/portspec.schema.json say what the code does. */
class SpecDocsTest {

  private static final Path DOCS = Path.of("../docs");

  @Test
  void schemaInDocsIsTheSchemaInTheJar() throws IOException {
    try (InputStream in =
        YamlSpecWriter.class.getResourceAsStream(YamlSpecWriter.SCHEMA_RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(DOCS.resolve("portspec.schema.json")));
    }
  }

  @Test
  void exampleSpecIsWhatExportWritesForTheExamplePageAndValidates() throws IOException {
    String doc = Files.readString(DOCS.resolve("spec.md"));
    String page = block(doc, "```markdown\n");
    String yaml = block(doc, "```yaml\n");

    PortSpec spec = new SpecBuilder().spec(PageParser.create().parse("page.md", page));

    assertThat(new YamlSpecWriter().yaml(spec)).isEqualTo(yaml);
    assertThat(Specs.schemaErrors(yaml, InputFormat.YAML)).isEmpty();
    assertThat(new YamlSpecReader().read("page.yaml", yaml).spec()).isEqualTo(spec);
  }

  private static String block(String doc, String fence) {
    int start = doc.indexOf(fence) + fence.length();
    return doc.substring(start, doc.indexOf("```\n", start));
  }
}
