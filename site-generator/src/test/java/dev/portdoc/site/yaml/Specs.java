package dev.portdoc.site.yaml;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Test support: the seed page, fixtures, the corpus, and the shipped JSON Schema. */
final class Specs {

  static final Path SEED = Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");
  static final Path FIXTURES = Path.of("src/test/resources/specs");

  private static final Schema SCHEMA = loadSchema();

  private Specs() {}

  static Document parse(Path page, String displayPath) {
    try {
      return PageParser.create().parse(displayPath, Files.readString(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document seed() {
    return parse(SEED, "networking-ports.md");
  }

  /** The pages of the shared corpus, or none when it is not there. */
  static List<Path> corpusPages() {
    String shared = System.getProperty("portdoc.shared");
    if (shared == null || !Files.isDirectory(Path.of(shared, "corpus"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(Path.of(shared, "corpus"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".md") || name.endsWith(".mdx");
              })
          .filter(f -> !f.getFileName().toString().equals("SOURCES.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Schema errors of a YAML or JSON text; empty when it validates. */
  static List<String> schemaErrors(String text, InputFormat format) {
    return SCHEMA.validate(text, format).stream().map(Error::toString).toList();
  }

  private static Schema loadSchema() {
    try (InputStream in =
        YamlSpecWriter.class.getResourceAsStream(YamlSpecWriter.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
