package dev.portdoc.site.export.networkpolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.site.SitePaths;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a spec as Kubernetes {@code networking.k8s.io/v1} NetworkPolicies, one per component, as a
 * YAML stream. Stateless and thread-safe.
 *
 * <p>The docs name components and peers, not pods, so the selectors are labels to apply, never
 * guesses: the policy selects pods labelled {@code portdoc.dev/component: <component>}, and each
 * rule's peer is pods labelled {@code portdoc.dev/peer: <peer>} (the source for inbound rules, the
 * destination for outbound rules), or {@code portdoc.dev/peer: to-be-filled} when the page names
 * none. Until pods carry those labels the policies admit nothing. Rules a NetworkPolicy cannot say
 * (no direction, no transport, no port, ICMP, IP-in-IP) are listed in the {@code
 * portdoc.dev/skipped} annotation; each rule's purpose is in {@code portdoc.dev/purposes}.
 */
public final class NetworkPolicyExporter {

  /** The label value for a peer the page does not name. */
  public static final String TO_BE_FILLED = "to-be-filled";

  static final String PREFIX = "portdoc.dev/";
  private static final int MAX_NAME = 253;
  private static final int MAX_LABEL = 63;

  private final ObjectMapper yaml =
      new ObjectMapper(
          YamlSpecWriter.yamlStyle().enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build());

  /** The policies of every component of {@code spec}, {@code ---} between them. */
  public String write(PortSpec spec) {
    StringBuilder out = new StringBuilder();
    Set<String> names = new HashSet<>();
    for (PortSpec.Deployment deployment : spec.deployments()) {
      for (PortSpec.Component component : deployment.components()) {
        if (out.length() > 0) {
          out.append("---\n");
        }
        out.append(encode(policy(spec, deployment, component, names)));
      }
    }
    return out.toString();
  }

  private Map<String, Object> policy(
      PortSpec spec,
      PortSpec.Deployment deployment,
      PortSpec.Component component,
      Set<String> names) {
    List<Object> ingress = new ArrayList<>();
    List<Object> egress = new ArrayList<>();
    List<String> purposes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (PortSpec.Rule rule : component.rules()) {
      Optional<String> reason = unsupported(rule);
      if (reason.isPresent()) {
        skipped.add(rule.id() + ": " + reason.get());
        continue;
      }
      boolean inbound = rule.direction().get() == Direction.INBOUND;
      Optional<String> peer = inbound ? rule.source() : rule.destination();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(
          inbound ? "from" : "to",
          List.of(
              Map.of(
                  "podSelector",
                  Map.of(
                      "matchLabels",
                      Map.of(PREFIX + "peer", peer.map(p -> label(p)).orElse(TO_BE_FILLED))))));
      Map<String, Object> port = new LinkedHashMap<>();
      PortRange range = rule.ports().get();
      port.put("protocol", rule.transport().get().name());
      port.put("port", range.start());
      if (!range.isSinglePort()) {
        port.put("endPort", range.end());
      }
      entry.put("ports", List.of(port));
      (inbound ? ingress : egress).add(entry);
      purposes.add(rule.id() + ": " + rule.purpose());
    }

    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put(PREFIX + "source", spec.source().path());
    annotations.put(PREFIX + "deployment", deployment.name());
    annotations.put(PREFIX + "component", component.name());
    annotations.put(PREFIX + "purposes", String.join("\n", purposes));
    if (!skipped.isEmpty()) {
      annotations.put(PREFIX + "skipped", String.join("\n", skipped));
    }
    annotations.put(
        PREFIX + "to-be-filled",
        "Label the pods of this component and their peers with the portdoc.dev/component and"
            + " portdoc.dev/peer labels below (or replace the selectors) before applying;"
            + " peers labelled to-be-filled are not named by the docs.");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", uniqueName(names, deployment.name(), component.name()));
    metadata.put("labels", Map.of("app.kubernetes.io/managed-by", "portdoc"));
    metadata.put("annotations", annotations);

    Map<String, Object> policySpec = new LinkedHashMap<>();
    policySpec.put(
        "podSelector",
        Map.of("matchLabels", Map.of(PREFIX + "component", label(component.name()))));
    List<String> types = new ArrayList<>();
    if (!ingress.isEmpty()) {
      types.add("Ingress");
    }
    if (!egress.isEmpty()) {
      types.add("Egress");
    }
    policySpec.put("policyTypes", types);
    if (!ingress.isEmpty()) {
      policySpec.put("ingress", ingress);
    }
    if (!egress.isEmpty()) {
      policySpec.put("egress", egress);
    }

    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("apiVersion", "networking.k8s.io/v1");
    policy.put("kind", "NetworkPolicy");
    policy.put("metadata", metadata);
    policy.put("spec", policySpec);
    return policy;
  }

  /** Why a NetworkPolicy cannot hold the rule, if it cannot. */
  static Optional<String> unsupported(PortSpec.Rule rule) {
    if (rule.direction().isEmpty()) {
      return Optional.of("no direction");
    }
    if (rule.transport().isEmpty()) {
      return Optional.of("no transport");
    }
    if (!rule.transport().get().carriesPorts()) {
      return Optional.of(
          rule.transport().get().id() + " (NetworkPolicy covers TCP, UDP and SCTP only)");
    }
    if (rule.ports().isEmpty()) {
      return Optional.of("no port");
    }
    if (!rule.ports().get().isValid()) {
      return Optional.of("invalid port " + rule.ports().get());
    }
    return Optional.empty();
  }

  /** A label value: slug, at most 63 characters, starting and ending alphanumeric. */
  static String label(String text) {
    String slug = SitePaths.slug(text);
    if (slug.length() > MAX_LABEL) {
      slug = slug.substring(0, MAX_LABEL).replaceAll("-+$", "");
    }
    return slug;
  }

  private static String uniqueName(Set<String> used, String deployment, String component) {
    String base = SitePaths.slug(deployment + " " + component).toLowerCase(Locale.ROOT);
    if (base.length() > MAX_NAME - 4) {
      base = base.substring(0, MAX_NAME - 4).replaceAll("-+$", "");
    }
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private String encode(Object tree) {
    try {
      return yaml.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
