package dev.portdoc.site.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.portdoc.model.doc.Document;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes {@code portdoc/v1 PortSpec}s as YAML or JSON: keys in a fixed order, no anchors or
 * aliases, the same bytes for the same input. Immutable and thread-safe. The format and the context
 * mapping are described in {@code docs/spec.md} and {@link SpecBuilder}.
 */
public final class YamlSpecWriter {

  public static final String API_VERSION = "portdoc/v1";
  public static final String KIND = "PortSpec";

  /** Where the JSON Schema of the format sits on the class path. */
  public static final String SCHEMA_RESOURCE = "/dev/portdoc/site/yaml/portspec.schema.json";

  /** Distinct quoted scalars remembered at most: pages repeat their purposes, page after page. */
  private static final int SCALARS_KEPT = 4096;

  private final SpecBuilder builder = new SpecBuilder();
  private final Map<String, byte[]> scalars = new ConcurrentHashMap<>();

  /** Jackson's mappers, made on first use: most specs need no string quoted. */
  private static final class Mappers {
    static final ObjectMapper YAML = new ObjectMapper(yamlStyle().build());
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /**
   * The YAML style of portdoc's files, for every writer of YAML to build on: no document start
   * marker, quotes only where needed (numbers in strings quoted), sequences indented with their
   * indicator, no line splitting.
   */
  public static YAMLFactoryBuilder yamlStyle() {
    return YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES);
  }

  /** The spec of one document as YAML text. */
  public String write(Document document) {
    return yaml(builder.spec(document));
  }

  /** The spec of one document as YAML, UTF-8 encoded: the bytes of {@link #write}'s text. */
  public byte[] writeUtf8(Document document) {
    return yamlUtf8(builder.spec(document));
  }

  /** The specs of several documents as one YAML stream, {@code ---} between documents. */
  public String writeAll(List<Document> documents) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.append("---\n");
      }
      out.append(write(documents.get(i)));
    }
    return out.toString();
  }

  /** A spec as YAML text. */
  public String yaml(PortSpec spec) {
    return new String(yamlUtf8(spec), StandardCharsets.UTF_8);
  }

  /** A spec as YAML, UTF-8 encoded. */
  public byte[] yamlUtf8(PortSpec spec) {
    try {
      return new SpecYamlEmitter(this::scalar).write(spec);
    } catch (SpecYamlEmitter.MultiLine e) {
      return viaJackson(spec).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A spec as YAML text, written by Jackson from its tree: the reference for {@link #yaml}. */
  String viaJackson(PortSpec spec) {
    return encode(Mappers.YAML, tree(spec));
  }

  /** One string as Jackson writes it as a mapping value, UTF-8 encoded. */
  private byte[] scalar(String value) {
    byte[] known = scalars.get(value);
    if (known != null) {
      return known;
    }
    String entry = encode(Mappers.YAML, Collections.singletonMap("k", value));
    byte[] yaml =
        entry.substring("k: ".length(), entry.length() - 1).getBytes(StandardCharsets.UTF_8);
    if (scalars.size() < SCALARS_KEPT) {
      scalars.put(value, yaml);
    }
    return yaml;
  }

  /** A spec as JSON text (two-space indentation, a newline at the end). */
  public String json(PortSpec spec) {
    return jsonText(tree(spec));
  }

  /** Several specs as one JSON array. */
  public String jsonArray(List<PortSpec> specs) {
    return jsonText(specs.stream().map(YamlSpecWriter::tree).toList());
  }

  /** {@code tree} as JSON text in portdoc's layout: two-space indentation, a newline at the end. */
  public static String jsonText(Object tree) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer = printer.withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return Mappers.JSON.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec of one document as ordered maps and lists. */
  public Map<String, Object> spec(Document document) {
    return tree(builder.spec(document));
  }

  /** A spec as ordered maps, lists and scalars, keys in the documented order. */
  public static Map<String, Object> tree(PortSpec spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("apiVersion", API_VERSION);
    out.put("kind", KIND);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("path", spec.source().path());
    spec.source().title().ifPresent(title -> source.put("title", title));
    out.put("source", source);
    out.put("variants", spec.variants());
    List<Object> deployments = new ArrayList<>();
    for (PortSpec.Deployment deployment : spec.deployments()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", deployment.name());
      List<Object> components = new ArrayList<>();
      for (PortSpec.Component component : deployment.components()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", component.name());
        c.put("rules", component.rules().stream().map(YamlSpecWriter::rule).toList());
        components.add(c);
      }
      d.put("components", components);
      deployments.add(d);
    }
    out.put("deployments", deployments);
    return out;
  }

  private static Map<String, Object> rule(PortSpec.Rule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", rule.id());
    rule.service().ifPresent(service -> out.put("service", service));
    rule.transport().ifPresent(transport -> out.put("transport", transport.id()));
    rule.ports()
        .ifPresent(
            ports -> {
              out.put("port", ports.start());
              if (!ports.isSinglePort()) {
                out.put("endPort", ports.end());
              }
            });
    rule.direction().ifPresent(direction -> out.put("direction", direction.id()));
    out.put("purpose", rule.purpose());
    rule.source().ifPresent(peer -> out.put("source", peer));
    rule.destination().ifPresent(peer -> out.put("destination", peer));
    if (!rule.variants().isEmpty()) {
      out.put("variants", rule.variants());
    }
    out.put("deprecated", rule.deprecated());
    out.put("optional", rule.optional());
    Map<String, Object> location = new LinkedHashMap<>();
    rule.file().ifPresent(file -> location.put("file", file));
    location.put("line", rule.line());
    out.put("location", location);
    return out;
  }

  private static String encode(ObjectMapper mapper, Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
