package dev.portdoc.site.html;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import ognl.MethodFailedException;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the templates' plain accessor chains ({@code t.caption()}, {@code
 * !dep.diagram().isPresent()}) without OGNL, which builds a context and walks a syntax tree for
 * each of the tens of thousands of them a build evaluates. A chain is a variable, view accessors,
 * and at its end {@code isEmpty()}, {@code size()} or {@code isPresent()}, with an optional leading
 * {@code !}. Every other expression, and a chain that meets anything else (a missing variable, a
 * null, another type), is evaluated by OGNL as before, so results are OGNL's.
 */
final class ViewExpressions implements IStandardVariableExpressionEvaluator {

  private static final Pattern CHAIN =
      Pattern.compile("!?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*\\(\\))*");

  /** A parsed chain: {@code !doc.description().isEmpty()}. */
  private record Chain(boolean not, String variable, String[] methods) {

    static Optional<Chain> parse(String expression) {
      String text = expression.strip();
      if (!CHAIN.matcher(text).matches()) {
        return Optional.empty();
      }
      boolean not = text.startsWith("!");
      String[] parts = (not ? text.substring(1) : text).replace("()", "").split("\\.");
      String[] methods = new String[parts.length - 1];
      System.arraycopy(parts, 1, methods, 0, methods.length);
      return Optional.of(new Chain(not, parts[0], methods));
    }
  }

  /** Variables of a web context that restricted expressions may not read. */
  private static final Set<String> WEB =
      Set.of("param", "request", "response", "session", "application", "servletContext");

  private static final Object NOT_HANDLED = ViewMethods.NOT_A_VIEW_ACCESSOR;

  private final IStandardVariableExpressionEvaluator ognl;
  private final ConcurrentHashMap<String, Optional<Chain>> chains = new ConcurrentHashMap<>();

  ViewExpressions(IStandardVariableExpressionEvaluator ognl) {
    this.ognl = ognl;
  }

  @Override
  public Object evaluate(
      IExpressionContext context,
      IStandardVariableExpression expression,
      StandardExpressionExecutionContext execution) {
    // only the plain case: no selection (*{...}), no conversion ({{...}}), no result checks. A
    // chain cannot reach static members or expression objects (#...), which restricted contexts
    // (th:text, th:utext) forbid; the web variables they guard are left to OGNL
    if (!expression.getUseSelectionAsRoot()
        && !execution.getPerformTypeConversion()
        && !execution.getForbidUnsafeExpressionResults()) {
      Chain chain = chains.computeIfAbsent(expression.getExpression(), Chain::parse).orElse(null);
      if (chain != null
          && !(execution.getRestrictVariableAccess() && WEB.contains(chain.variable()))
          && context.containsVariable(chain.variable())) {
        Object value = evaluate(chain, context.getVariable(chain.variable()));
        if (value != NOT_HANDLED) {
          return value;
        }
      }
    }
    return ognl.evaluate(context, expression, execution);
  }

  private static Object evaluate(Chain chain, Object variable) {
    Object value = variable;
    String[] methods = chain.methods();
    for (int i = 0; i < methods.length && value != NOT_HANDLED; i++) {
      value = call(value, methods[i], i == methods.length - 1);
    }
    if (!chain.not() || value == NOT_HANDLED) {
      return value;
    }
    return value instanceof Boolean b ? (Object) !b : NOT_HANDLED;
  }

  private static Object call(Object target, String method, boolean last) {
    if (target == null) {
      return NOT_HANDLED;
    }
    if (last) {
      switch (method) {
        case "isEmpty" -> {
          if (target instanceof String s) {
            return s.isEmpty();
          }
          if (target instanceof Collection<?> c) {
            return c.isEmpty();
          }
        }
        case "size" -> {
          if (target instanceof Collection<?> c) {
            return c.size();
          }
        }
        case "isPresent" -> {
          if (target instanceof Optional<?> o) {
            return o.isPresent();
          }
        }
        default -> {}
      }
    }
    try {
      return ViewMethods.call(target, method);
    } catch (MethodFailedException e) {
      throw new TemplateProcessingException("Exception evaluating " + method + "()", e);
    }
  }

  @Override
  public String toString() {
    return "view accessor chains, else " + ognl;
  }
}
