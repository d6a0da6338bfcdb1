package dev.portdoc.site.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.site.SitePaths;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the {@code portdoc/v1 PortSpec} YAML of a document: deployments, components and their
 * rules, keys in a fixed order. Immutable and thread-safe.
 *
 * <p>Context mapping: the first heading above a table names the deployment and the remaining
 * headings (joined by {@code " > "}) the component. A table under a single heading belongs to that
 * deployment's {@code default} component; a table under no heading to the {@code default}
 * deployment.
 */
public final class YamlSpecWriter {

  public static final String API_VERSION = "portdoc/v1";
  public static final String KIND = "PortSpec";
  static final String DEFAULT = "default";

  private final ObjectMapper mapper;

  public YamlSpecWriter() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();
    this.mapper = new ObjectMapper(factory);
  }

  /** The spec of one document as YAML text. */
  public String write(Document document) {
    return toYaml(spec(document));
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

  /** The spec of one document as ordered maps and lists (for other encodings such as JSON). */
  public Map<String, Object> spec(Document document) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("apiVersion", API_VERSION);
    spec.put("kind", KIND);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("path", document.path());
    document.title().ifPresent(title -> source.put("title", title));
    spec.put("source", source);
    spec.put("deployments", deployments(document));
    return spec;
  }

  private static List<Object> deployments(Document document) {
    Map<String, Map<String, List<Object>>> grouped = new LinkedHashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (PortTable table : document.tables()) {
      List<String> path = table.headingPath();
      String deployment = path.isEmpty() ? DEFAULT : path.get(0);
      String component =
          path.size() < 2 ? DEFAULT : String.join(" > ", path.subList(1, path.size()));
      List<Object> rules =
          grouped
              .computeIfAbsent(deployment, k -> new LinkedHashMap<>())
              .computeIfAbsent(component, k -> new ArrayList<>());
      for (PortRule rule : table.rules()) {
        rules.add(rule(rule, uniqueId(usedIds, deployment, component, rule)));
      }
    }
    List<Object> deployments = new ArrayList<>();
    grouped.forEach(
        (deploymentName, components) -> {
          Map<String, Object> deployment = new LinkedHashMap<>();
          deployment.put("name", deploymentName);
          List<Object> componentList = new ArrayList<>();
          components.forEach(
              (componentName, rules) -> {
                Map<String, Object> component = new LinkedHashMap<>();
                component.put("name", componentName);
                component.put("rules", rules);
                componentList.add(component);
              });
          deployment.put("components", componentList);
          deployments.add(deployment);
        });
    return deployments;
  }

  private static Map<String, Object> rule(PortRule rule, String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
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
    out.put("deprecated", rule.deprecated());
    out.put("location", Map.of("line", rule.location().line()));
    return out;
  }

  private static String uniqueId(
      Set<String> used, String deployment, String component, PortRule rule) {
    StringBuilder id = new StringBuilder();
    id.append(SitePaths.slug(deployment)).append('.').append(SitePaths.slug(component)).append('.');
    rule.service().ifPresent(service -> id.append(SitePaths.slug(service)).append('-'));
    rule.transport().ifPresent(transport -> id.append(transport.id()).append('-'));
    id.append(rule.ports().map(PortRange::toString).orElse("noport"));
    rule.direction().ifPresent(direction -> id.append('-').append(direction.id()));
    String base = id.toString();
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private String toYaml(Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
