package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page text never becomes markup or script in the site, and portdoc's code opens no connection. */
class SecurityTest {

  private static final String HOSTILE =
      """
      ---
      title: "</title><script>alert('title')</script>"
      description: "<img src=x onerror=alert('description')>"
      ---
      # <script>alert('h1')</script>

      ## <a href="javascript:alert('h2')">click</a>

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | inbound | <script>alert('cell')</script> |
      | tcp/80 | inbound | <img src=x onerror=alert('img')> |
      | tcp/8080 | inbound | [click](javascript:alert('link')) |
      | tcp/8443 | inbound | <a href="javascript:alert('a')">a</a> and <svg onload=alert(1)> |
      | tcp/9000 | inbound | " onmouseover="alert('attr') ' x=' |
      | tcp/9000 | inbound | " onmouseover="alert('attr') ' x=' |
      """;

  @TempDir Path dir;

  @Test
  void hostileTextInCellsHeadingsFrontMatterAndFileNamesStaysText() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("ports.md"), HOSTILE);
    Files.writeString(docs.resolve("x\"><img src=x onerror=alert(1)>.md"), HOSTILE);
    Path out = dir.resolve("site");

    Cli result = Cli.run("build", docs.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS); // the duplicate rows
    List<Path> pages = htmlFiles(out);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    for (Path page : pages) {
      Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
      assertThat(html.select("iframe, object, embed, base, meta[http-equiv]"))
          .as("active elements in %s", page)
          .isEmpty();
      for (Element script : html.select("script")) {
        // the site's own script file is the only one
        assertThat(script.data()).as("inline script in %s", page).isBlank();
        assertThat(script.attr("src")).as("script in %s", page).matches("(\\.\\.?/)*portdoc\\.js");
      }
      for (Element element : html.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey()).as("attribute in %s", page).doesNotStartWith("on");
          assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
              .as("%s=%s in %s", attribute.getKey(), attribute.getValue(), page)
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .satisfiesAnyOf(
                  v -> assertThat(v).doesNotStartWith("data:"),
                  v -> assertThat(v).isEqualTo("data:,")); // the site's empty favicon
        }
      }
    }
    String cellPage = Files.readString(out.resolve("pages/ports.html"), StandardCharsets.UTF_8);
    assertThat(cellPage).contains("&lt;script&gt;alert(&#39;cell&#39;)&lt;/script&gt;");
  }

  @Test
  void portdocsOwnClassesNameNoNetworkApi() throws IOException {
    Path root = Path.of(System.getProperty("portdoc.root", ".."));
    List<String> offenders = new ArrayList<>();
    for (String module : List.of("model", "validation", "parser", "site-generator", "cli")) {
      Path classes = root.resolve(module).resolve("target/classes");
      if (!Files.isDirectory(classes)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
          String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          for (String api : NETWORK_APIS) {
            if (constants.contains(api)) {
              offenders.add(root.relativize(file) + " uses " + api);
            }
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
    assertThat(root.resolve("cli/target/classes/dev/portdoc/cli/Main.class")).exists();
  }

  /** Internal names as they appear in a class file's constant pool. */
  private static final List<String> NETWORK_APIS =
      List.of(
          "java/net/Socket",
          "java/net/ServerSocket",
          "java/net/URLConnection",
          "java/net/HttpURLConnection",
          "java/net/http/",
          "java/net/DatagramSocket",
          "java/nio/channels/SocketChannel",
          "org/jsoup/helper/HttpConnection");

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
