package dev.portdoc.site.yaml;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Heading;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.site.SitePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the {@link PortSpec} of pages. Stateless and thread-safe.
 *
 * <p>Context mapping. The context of a table is the headings above it, outermost first, without
 * level-1 headings (an {@code # H1} is the page title, which {@code source.title} already holds):
 *
 * <ul>
 *   <li>two or more headings: the first names the deployment, the others (joined by {@code " > "})
 *       the component;
 *   <li>one heading: it names the component, of the {@code default} deployment;
 *   <li>no heading: the {@code default} component of the {@code default} deployment.
 * </ul>
 *
 * Tables with the same context are one component; deployments and components keep the order in
 * which they first appear. Rule ids are {@code deployment.component.service-transport-port-
 * direction} in slug form ({@code noport} when a rule whose transport has ports has none), with
 * {@code -2}, {@code -3}... added to repeats.
 */
public final class SpecBuilder {

  /** The name of a deployment or component the headings do not name. */
  public static final String DEFAULT = "default";

  /** The spec of one page; rule locations are lines of that page. */
  public PortSpec spec(Document document) {
    return build(new PortSpec.Source(document.path(), document.title()), List.of(document), false);
  }

  /**
   * One spec for several pages: deployments and components of the same name are merged, and every
   * rule's location names its page.
   */
  public PortSpec merged(String sourcePath, List<Document> documents) {
    return merge(sourcePath, documents.stream().map(this::spec).toList());
  }

  /**
   * One spec made of several: deployments and components of the same name are merged in first-seen
   * order, every rule's location names its file (the spec's source path when the rule does not name
   * one), and ids that repeat an earlier one get {@code -2}, {@code -3}...
   */
  public PortSpec merge(String sourcePath, List<PortSpec> specs) {
    Map<String, Map<String, List<PortSpec.Rule>>> grouped = new LinkedHashMap<>();
    Set<String> variants = new LinkedHashSet<>();
    Set<String> usedIds = new HashSet<>();
    for (PortSpec spec : specs) {
      variants.addAll(spec.variants());
      for (PortSpec.Deployment deployment : spec.deployments()) {
        Map<String, List<PortSpec.Rule>> components =
            grouped.computeIfAbsent(deployment.name(), k -> new LinkedHashMap<>());
        for (PortSpec.Component component : deployment.components()) {
          List<PortSpec.Rule> rules =
              components.computeIfAbsent(component.name(), k -> new ArrayList<>());
          for (PortSpec.Rule rule : component.rules()) {
            String id = rule.id();
            for (int n = 2; !usedIds.add(id); n++) {
              id = rule.id() + "-" + n;
            }
            rules.add(
                rule.withId(id)
                    .withLocation(
                        Optional.of(rule.file().orElse(spec.source().path())), rule.line()));
          }
        }
      }
    }
    return new PortSpec(
        new PortSpec.Source(sourcePath, Optional.empty()),
        List.copyOf(variants),
        deployments(grouped));
  }

  /** The deployment and component names of a table, by the mapping above. */
  public static List<String> context(Document document, PortTable table) {
    List<String> path = new ArrayList<>();
    Heading[] stack = new Heading[7];
    for (Heading heading : document.headings()) {
      if (heading.location().compareTo(table.location()) > 0) {
        break;
      }
      stack[heading.level()] = heading;
      for (int deeper = heading.level() + 1; deeper < stack.length; deeper++) {
        stack[deeper] = null;
      }
    }
    for (int level = 2; level < stack.length; level++) {
      if (stack[level] != null) {
        path.add(stack[level].text());
      }
    }
    return switch (path.size()) {
      case 0 -> List.of(DEFAULT, DEFAULT);
      case 1 -> List.of(DEFAULT, path.get(0));
      default -> List.of(path.get(0), String.join(" > ", path.subList(1, path.size())));
    };
  }

  private PortSpec build(PortSpec.Source source, List<Document> documents, boolean nameFiles) {
    Map<String, Map<String, List<PortSpec.Rule>>> grouped = new LinkedHashMap<>();
    Set<String> variants = new LinkedHashSet<>();
    Set<String> usedIds = new HashSet<>();
    for (Document document : documents) {
      Optional<String> file = nameFiles ? Optional.of(document.path()) : Optional.empty();
      for (PortTable table : document.tables()) {
        List<String> context = context(document, table);
        String deployment = context.get(0);
        String component = context.get(1);
        table.variant().ifPresent(variants::add);
        List<PortSpec.Rule> rules =
            grouped
                .computeIfAbsent(deployment, k -> new LinkedHashMap<>())
                .computeIfAbsent(component, k -> new ArrayList<>());
        // the same for every rule of the table
        String idPrefix = idPrefix(deployment, component);
        List<String> tableVariants = table.variant().stream().toList();
        for (PortRule rule : table.rules()) {
          String id = uniqueId(usedIds, idPrefix + idSuffix(rule));
          rules.add(
              new PortSpec.Rule(
                  id,
                  rule.service(),
                  rule.transport(),
                  rule.ports(),
                  rule.direction(),
                  rule.purpose(),
                  rule.source(),
                  rule.destination(),
                  tableVariants,
                  rule.deprecated(),
                  rule.optional(),
                  file,
                  rule.location().line()));
        }
      }
    }
    return new PortSpec(source, List.copyOf(variants), deployments(grouped));
  }

  private static List<PortSpec.Deployment> deployments(
      Map<String, Map<String, List<PortSpec.Rule>>> grouped) {
    List<PortSpec.Deployment> deployments = new ArrayList<>();
    grouped.forEach(
        (name, components) -> {
          List<PortSpec.Component> list = new ArrayList<>();
          components.forEach((c, rules) -> list.add(new PortSpec.Component(c, rules)));
          deployments.add(new PortSpec.Deployment(name, list));
        });
    return deployments;
  }

  /** The id a rule gets in its context, before repeats are numbered. */
  static String baseId(String deployment, String component, PortRule rule) {
    return idPrefix(deployment, component) + idSuffix(rule);
  }

  /** {@code deployment.component.}, in slug form. */
  private static String idPrefix(String deployment, String component) {
    return SitePaths.slug(deployment) + '.' + SitePaths.slug(component) + '.';
  }

  /** {@code service-transport-port-direction}, of the parts the rule has. */
  private static String idSuffix(PortRule rule) {
    StringBuilder id = new StringBuilder(32);
    if (rule.service().isPresent()) {
      id.append(SitePaths.slug(rule.service().get()));
    }
    if (rule.transport().isPresent()) {
      separate(id).append(rule.transport().get().id());
    }
    if (rule.ports().isPresent()) {
      separate(id).append(rule.ports().get());
    } else if (rule.transport().isEmpty() || rule.transport().get().carriesPorts()) {
      separate(id).append("noport"); // icmp and ipip have no port to miss
    }
    if (rule.direction().isPresent()) {
      separate(id).append(rule.direction().get().id());
    }
    return id.toString();
  }

  private static StringBuilder separate(StringBuilder id) {
    return id.length() == 0 ? id : id.append('-');
  }

  private static String uniqueId(Set<String> used, String base) {
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
