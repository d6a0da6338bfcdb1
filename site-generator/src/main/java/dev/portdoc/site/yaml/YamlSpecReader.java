package dev.portdoc.site.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a {@code portdoc/v1 PortSpec} from YAML or JSON text (JSON when it starts with {@code
 * '{'}), safely: the text is
 * limited in size and nesting, anchors, aliases and tags are refused (so no billion-laughs
 * expansion and no arbitrary types), duplicate and unknown keys are errors. Every error names the
 * file, line and column. Immutable and thread-safe.
 */
public final class YamlSpecReader {

  /** The largest spec read, in characters. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;

  /** The deepest nesting of mappings and sequences read (a spec needs 7). */
  public static final int MAX_DEPTH = 16;

  private static final Set<String> SPEC_KEYS =
      Set.of("apiVersion", "kind", "source", "variants", "deployments");
  private static final Set<String> SOURCE_KEYS = Set.of("path", "title");
  private static final Set<String> DEPLOYMENT_KEYS = Set.of("name", "components");
  private static final Set<String> COMPONENT_KEYS = Set.of("name", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id",
          "service",
          "transport",
          "port",
          "endPort",
          "direction",
          "purpose",
          "source",
          "destination",
          "variants",
          "deprecated",
          "optional",
          "location");
  private static final Set<String> LOCATION_KEYS = Set.of("file", "line");

  private final YAMLFactory factory;
  private final JsonFactory jsonFactory = new JsonFactory();

  public YamlSpecReader() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(true); // reported by us, with the line
    this.factory = YAMLFactory.builder().loaderOptions(options).build();
  }

  /** A spec read, with where its rules sit in the file. */
  public record Read(PortSpec spec, List<RuleMarks> marks) {
    public Read {
      marks = List.copyOf(marks);
    }
  }

  /**
   * Where the parts of one rule sit in the spec file (same order as {@link PortSpec#rules()}).
   *
   * @param rule the rule's first key
   * @param port the first of its service, transport and port values, or {@code rule}
   * @param direction its direction value, or {@code rule}
   * @param purpose its purpose value, or {@code rule}
   * @param source its source value, or {@code rule}
   * @param destination its destination value, or {@code rule}
   * @param deployment the deployment's name value
   * @param component the component's name value
   */
  public record RuleMarks(
      SourceLocation rule,
      SourceLocation port,
      SourceLocation direction,
      SourceLocation purpose,
      SourceLocation source,
      SourceLocation destination,
      SourceLocation deployment,
      SourceLocation component) {}

  /**
   * Reads the spec in {@code text}.
   *
   * @param path the file as reports should name it
   * @throws SpecFormatException when the text is not a valid spec
   */
  public Read read(String path, String text) {
    if (text.length() > MAX_CHARS) {
      throw new SpecFormatException(
          new SourceLocation(path, 1, 1),
          "spec is larger than " + MAX_CHARS + " characters; refusing to read it");
    }
    Node root = parse(path, text);
    return new Converter().spec(root);
  }

  // ---- YAML to a small tree with locations ----

  private sealed interface Node permits MapNode, ListNode, ScalarNode {
    SourceLocation location();
  }

  private record Entry(String key, SourceLocation keyLocation, Node value) {}

  private record MapNode(Map<String, Entry> entries, SourceLocation location) implements Node {}

  private record ListNode(List<Node> items, SourceLocation location) implements Node {}

  private record ScalarNode(JsonToken token, String text, SourceLocation location)
      implements Node {}

  private Node parse(String path, String text) {
    // JSON is read as JSON: YAML 1.1 refuses some characters JSON allows unescaped
    boolean json = text.stripLeading().startsWith("{");
    try (JsonParser parser = json ? jsonFactory.createParser(text) : factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SpecFormatException(new SourceLocation(path, 1, 1), "spec is empty");
      }
      Node root = node(path, parser, 1);
      if (parser.nextToken() != null) {
        throw new SpecFormatException(
            at(path, parser),
            "more than one document; a spec file holds one spec (use export --merge)");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        String context =
            marked.getContext() == null || marked.getContextMark() == null
                ? ""
                : " ("
                    + marked.getContext()
                    + " started at line "
                    + (marked.getContextMark().getLine() + 1)
                    + ")";
        throw new SpecFormatException(
            new SourceLocation(path, mark.getLine() + 1, mark.getColumn() + 1),
            "not valid YAML: " + oneLine(marked.getProblem()) + context,
            e);
      }
      JsonLocation where = e.getLocation();
      SourceLocation location =
          where == null || where.getLineNr() < 1
              ? new SourceLocation(path, 1, 1)
              : new SourceLocation(path, where.getLineNr(), Math.max(1, where.getColumnNr()));
      throw new SpecFormatException(
          location, "not valid YAML: " + oneLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new SpecFormatException(new SourceLocation(path, 1, 1), e.getMessage(), e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private Node node(String path, JsonParser parser, int depth) throws IOException {
    SourceLocation location = at(path, parser);
    if (parser instanceof YAMLParser yaml) {
      if (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null) {
        throw new SpecFormatException(location, "anchors and aliases are not allowed in a spec");
      }
      if (yaml.getTypeId() != null) {
        throw new SpecFormatException(
            location, "tags (" + yaml.getTypeId() + ") are not allowed in a spec");
      }
    }
    if (depth > MAX_DEPTH) {
      throw new SpecFormatException(location, "nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        SourceLocation keyLocation = at(path, parser);
        if (entries.containsKey(key)) {
          throw new SpecFormatException(
              keyLocation,
              "key '" + key + "' repeats the key at line " + entries.get(key).keyLocation().line());
        }
        parser.nextToken();
        entries.put(key, new Entry(key, keyLocation, node(path, parser, depth + 1)));
      }
      return new MapNode(entries, location);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(path, parser, depth + 1));
      }
      return new ListNode(items, location);
    }
    String text;
    if (token == JsonToken.VALUE_NULL) {
      text = null;
    } else if (token == JsonToken.VALUE_NUMBER_INT) {
      text = parser.getBigIntegerValue().toString(); // 0x1BB, 1_000: YAML spellings of numbers
    } else {
      text = parser.getText();
    }
    return new ScalarNode(token, text, location);
  }

  private static SourceLocation at(String path, JsonParser parser) {
    JsonLocation where = parser.currentTokenLocation();
    return new SourceLocation(
        path, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
  }

  // ---- tree to spec ----

  private static final class Converter {
    private final List<RuleMarks> marks = new ArrayList<>();
    private final Map<String, SourceLocation> ids = new LinkedHashMap<>();

    Read spec(Node root) {
      MapNode spec = map(root, "the spec");
      keys(spec, SPEC_KEYS, "the spec");
      String apiVersion = string(required(spec, "apiVersion"), "apiVersion");
      if (!apiVersion.equals(YamlSpecWriter.API_VERSION)) {
        throw error(
            spec.entries().get("apiVersion").value(),
            "apiVersion must be " + YamlSpecWriter.API_VERSION + ", was '" + apiVersion + "'");
      }
      String kind = string(required(spec, "kind"), "kind");
      if (!kind.equals(YamlSpecWriter.KIND)) {
        throw error(
            spec.entries().get("kind").value(),
            "kind must be " + YamlSpecWriter.KIND + ", was '" + kind + "'");
      }
      MapNode sourceNode = map(required(spec, "source"), "source");
      keys(sourceNode, SOURCE_KEYS, "source");
      PortSpec.Source source =
          new PortSpec.Source(
              string(required(sourceNode, "path"), "source.path"),
              optionalString(sourceNode, "title"));
      List<String> variants = strings(spec, "variants");
      List<PortSpec.Deployment> deployments = new ArrayList<>();
      for (Node d : list(required(spec, "deployments"), "deployments").items()) {
        deployments.add(deployment(d));
      }
      return new Read(new PortSpec(source, variants, deployments), marks);
    }

    private PortSpec.Deployment deployment(Node node) {
      MapNode d = map(node, "a deployment");
      keys(d, DEPLOYMENT_KEYS, "a deployment");
      Node nameNode = required(d, "name");
      String name = string(nameNode, "name");
      List<PortSpec.Component> components = new ArrayList<>();
      for (Node c : list(required(d, "components"), "components").items()) {
        components.add(component(c, nameNode.location()));
      }
      return new PortSpec.Deployment(name, components);
    }

    private PortSpec.Component component(Node node, SourceLocation deployment) {
      MapNode c = map(node, "a component");
      keys(c, COMPONENT_KEYS, "a component");
      Node nameNode = required(c, "name");
      String name = string(nameNode, "name");
      List<PortSpec.Rule> rules = new ArrayList<>();
      for (Node r : list(required(c, "rules"), "rules").items()) {
        rules.add(rule(r, deployment, nameNode.location()));
      }
      return new PortSpec.Component(name, rules);
    }

    private PortSpec.Rule rule(Node node, SourceLocation deployment, SourceLocation component) {
      MapNode r = map(node, "a rule");
      keys(r, RULE_KEYS, "a rule");
      Node idNode = required(r, "id");
      String id = string(idNode, "id");
      if (id.isBlank()) {
        throw error(idNode, "id must not be empty");
      }
      SourceLocation earlier = ids.putIfAbsent(id, idNode.location());
      if (earlier != null) {
        throw error(idNode, "id '" + id + "' repeats the id at line " + earlier.line());
      }
      Optional<Transport> transport =
          optionalString(r, "transport")
              .map(
                  t ->
                      Transport.fromName(t)
                          .filter(x -> x.id().equals(t))
                          .orElseThrow(
                              () ->
                                  error(
                                      r.entries().get("transport").value(),
                                      "transport must be tcp, udp, sctp, icmp or ipip, was '"
                                          + t
                                          + "'")));
      Optional<Integer> port = optionalPort(r, "port");
      Optional<Integer> endPort = optionalPort(r, "endPort");
      if (endPort.isPresent() && port.isEmpty()) {
        throw error(r.entries().get("endPort").value(), "endPort needs a port");
      }
      if (endPort.isPresent() && endPort.get().equals(port.get())) {
        throw error(r.entries().get("endPort").value(), "endPort equals port; leave endPort out");
      }
      Optional<PortRange> ports = port.map(p -> PortRange.of(p, endPort.orElse(p)));
      if (ports.isPresent() && transport.filter(t -> !t.carriesPorts()).isPresent()) {
        throw error(r.entries().get("port").value(), transport.get().id() + " rules have no port");
      }
      Optional<Direction> direction =
          optionalString(r, "direction")
              .map(
                  d ->
                      Direction.fromText(d)
                          .filter(x -> x.id().equals(d))
                          .orElseThrow(
                              () ->
                                  error(
                                      r.entries().get("direction").value(),
                                      "direction must be inbound or outbound, was '" + d + "'")));
      String purpose = string(required(r, "purpose"), "purpose");
      Node locationNode = required(r, "location");
      MapNode location = map(locationNode, "location");
      keys(location, LOCATION_KEYS, "location");
      Optional<String> file = optionalString(location, "file");
      Node lineNode = required(location, "line");
      int line = integer(lineNode, "line");
      if (line < 1) {
        throw error(lineNode, "line must be 1 or more, was " + line);
      }
      SourceLocation start = r.location();
      marks.add(
          new RuleMarks(
              start,
              first(r, start, "service", "transport", "port"),
              first(r, start, "direction"),
              first(r, start, "purpose"),
              first(r, start, "source"),
              first(r, start, "destination"),
              deployment,
              component));
      return new PortSpec.Rule(
          id,
          optionalString(r, "service"),
          transport,
          ports,
          direction,
          purpose,
          optionalString(r, "source"),
          optionalString(r, "destination"),
          strings(r, "variants"),
          bool(r, "deprecated"),
          bool(r, "optional"),
          file,
          line);
    }

    private static SourceLocation first(MapNode node, SourceLocation fallback, String... keys) {
      for (String key : keys) {
        Entry entry = node.entries().get(key);
        if (entry != null) {
          return entry.value().location();
        }
      }
      return fallback;
    }

    private Node required(MapNode node, String key) {
      Entry entry = node.entries().get(key);
      if (entry == null) {
        throw error(node, "missing key '" + key + "'");
      }
      return entry.value();
    }

    private void keys(MapNode node, Set<String> allowed, String what) {
      for (Entry entry : node.entries().values()) {
        if (!allowed.contains(entry.key())) {
          throw new SpecFormatException(
              entry.keyLocation(),
              "unknown key '"
                  + entry.key()
                  + "' in "
                  + what
                  + "; expected one of "
                  + sorted(allowed));
        }
      }
    }

    private static String sorted(Set<String> keys) {
      return String.join(", ", keys.stream().sorted().toList());
    }

    private MapNode map(Node node, String what) {
      if (node instanceof MapNode map) {
        return map;
      }
      throw error(node, what + " must be a mapping");
    }

    private ListNode list(Node node, String what) {
      if (node instanceof ListNode list) {
        return list;
      }
      throw error(node, what + " must be a list");
    }

    private String string(Node node, String what) {
      if (node instanceof ScalarNode scalar && scalar.token() == JsonToken.VALUE_STRING) {
        return scalar.text();
      }
      throw error(node, what + " must be a string");
    }

    private Optional<String> optionalString(MapNode node, String key) {
      Entry entry = node.entries().get(key);
      return entry == null ? Optional.empty() : Optional.of(string(entry.value(), key));
    }

    private List<String> strings(MapNode node, String key) {
      Entry entry = node.entries().get(key);
      if (entry == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (Node item : list(entry.value(), key).items()) {
        out.add(string(item, "an item of " + key));
      }
      return out;
    }

    private int integer(Node node, String what) {
      if (node instanceof ScalarNode scalar && scalar.token() == JsonToken.VALUE_NUMBER_INT) {
        try {
          return Integer.parseInt(scalar.text());
        } catch (NumberFormatException e) {
          throw error(node, what + " is too large: " + scalar.text());
        }
      }
      throw error(node, what + " must be a whole number");
    }

    private Optional<Integer> optionalPort(MapNode node, String key) {
      Entry entry = node.entries().get(key);
      if (entry == null) {
        return Optional.empty();
      }
      int value = integer(entry.value(), key);
      if (value < 0) {
        throw error(entry.value(), key + " must not be negative, was " + value);
      }
      return Optional.of(value);
    }

    private boolean bool(MapNode node, String key) {
      Entry entry = node.entries().get(key);
      if (entry == null) {
        return false;
      }
      if (entry.value() instanceof ScalarNode scalar
          && (scalar.token() == JsonToken.VALUE_TRUE || scalar.token() == JsonToken.VALUE_FALSE)) {
        return scalar.token() == JsonToken.VALUE_TRUE;
      }
      throw error(entry.value(), key + " must be true or false");
    }

    private SpecFormatException error(Node node, String problem) {
      return new SpecFormatException(node.location(), problem);
    }
  }
}
