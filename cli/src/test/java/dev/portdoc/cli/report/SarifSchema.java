package dev.portdoc.cli.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The official SARIF 2.1.0 schema, for tests. */
public final class SarifSchema {

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** The schema violations of {@code sarif}, as text; empty when it is valid. */
  public static List<String> violations(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
