package dev.portdoc.site.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.SiteInput;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Accessor chains evaluated without OGNL give what OGNL gives. */
class ViewExpressionsTest {

  private static final Optional<URI> BASE = Optional.of(URI.create("https://ports.example.org/"));

  @Test
  void theFixturesRenderAsWithOgnlAlone() throws IOException {
    for (SiteInput input : List.of(SiteFixtures.seed(), SiteFixtures.handBuilt())) {
      assertThat(new HtmlSiteWriter(true).render(input, BASE))
          .isEqualTo(new HtmlSiteWriter(false).render(input, BASE));
    }
  }

  @Test
  void theSharedCorpusRendersAsWithOgnlAlone() throws IOException {
    String shared = System.getProperty("portdoc.shared");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus), "no shared corpus");
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(p -> p.toString().matches(".*\\.mdx?")).sorted().toList()) {
        String path = corpus.relativize(file).toString().replace('\\', '/');
        documents.add(
            PageParser.create().parse(path, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<List<dev.portdoc.model.diagnostic.Diagnostic>> found =
        StandardChecks.linter().lintAll(documents);
    Map<String, List<dev.portdoc.model.diagnostic.Diagnostic>> findings = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      findings.put(documents.get(i).path(), found.get(i));
    }
    SiteInput input = new SiteInput(documents, findings, "");

    Map<String, String> fast = new HtmlSiteWriter(true).render(input, BASE);
    Map<String, String> ognl = new HtmlSiteWriter(false).render(input, BASE);
    assertThat(fast.keySet()).isEqualTo(ognl.keySet());
    fast.forEach((page, html) -> assertThat(html).as(page).isEqualTo(ognl.get(page)));
  }

  @Test
  void expressionsBeyondChainsAndChainsThatMeetOtherValuesAreLeftToOgnl() {
    FindingView finding = new FindingView(7, 2, "warning", "port-dup", "Twice.", "");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("f", finding);
    variables.put("text", "abc");
    variables.put("none", null);
    variables.put("list", List.of(1, 2));
    variables.put("maybe", Optional.empty());
    String template =
        "[(${f.rule()})] [(${!f.href().isEmpty()})] [(${f.href().isEmpty()})]"
            + " [(${f.line()})] [(${f.message().length()})] [(${text.length()})]"
            + " [(${list.size()})] [(${!list.isEmpty()})] [(${maybe.isPresent()})]"
            + " [(${ f.position() })] [(${f.line() + 1})] [(${missing})] [(${none})]"
            + " [(${!f.rule()})] [(${f.severity().toUpperCase()})]"
            + " [# th:text=\"${f.rule()}\"/] [# th:utext=\"${!maybe.isPresent()}\"/]";

    assertThat(render(true, template, variables))
        .isEqualTo(render(false, template, variables))
        .isEqualTo("port-dup false true 7 6 3 2 true false 7:2 8   true WARNING port-dup true");
  }

  private static String render(boolean chains, String template, Map<String, Object> variables) {
    TemplateEngine engine = new TemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.TEXT);
    engine.setTemplateResolver(resolver);
    if (chains) {
      StandardDialect dialect = new StandardDialect();
      dialect.setVariableExpressionEvaluator(
          new ViewExpressions(dialect.getVariableExpressionEvaluator()));
      engine.setDialect(dialect);
    }
    Context context = new Context(Locale.ROOT);
    context.setVariables(variables);
    return engine.process(template, context);
  }
}
