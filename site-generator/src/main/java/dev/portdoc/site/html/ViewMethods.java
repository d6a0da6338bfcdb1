package dev.portdoc.site.html;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlContext;
import ognl.OgnlRuntime;

/**
 * Calls the accessors of the site's view records for the templates' expressions ({@code
 * doc.title()}) through methods looked up once per class. OGNL's own accessor resolves and checks
 * the method on every call, which was half of rendering a document page. Any other call (with
 * arguments, or a name the record does not declare) goes to OGNL's accessor as before.
 */
final class ViewMethods implements MethodAccessor {

  private static final MethodAccessor OGNL = new ObjectMethodAccessor();

  /** The view types the templates call methods on. */
  private static final List<Class<?>> VIEWS =
      List.of(
          DocumentView.class,
          DocumentView.DeploymentView.class,
          DocumentView.TableView.class,
          DocumentView.RowView.class,
          DocumentView.MatrixRow.class,
          FindingView.class,
          HtmlSiteWriter.LintGroup.class);

  private final Map<Class<?>, Map<String, Method>> methods = new HashMap<>();

  private ViewMethods() {
    for (Class<?> view : VIEWS) {
      Map<String, Method> byName = new HashMap<>();
      for (Method method : view.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0) {
          byName.put(method.getName(), method);
        }
      }
      methods.put(view, Map.copyOf(byName));
    }
  }

  /** Registers the accessor with OGNL (for the view types only); idempotent. */
  static void register() {
    ViewMethods accessor = new ViewMethods();
    for (Class<?> view : VIEWS) {
      OgnlRuntime.setMethodAccessor(view, accessor);
    }
  }

  @Override
  public Object callMethod(OgnlContext context, Object target, String name, Object[] args)
      throws MethodFailedException {
    Map<String, Method> byName = methods.get(target.getClass());
    Method method = byName == null || args.length > 0 ? null : byName.get(name);
    if (method == null) {
      return OGNL.callMethod(context, target, name, args);
    }
    try {
      return method.invoke(target);
    } catch (IllegalAccessException e) {
      throw new MethodFailedException(target, name, e);
    } catch (InvocationTargetException e) {
      throw new MethodFailedException(target, name, e.getCause());
    }
  }

  @Override
  public Object callStaticMethod(
      OgnlContext context, Class<?> targetClass, String name, Object[] args)
      throws MethodFailedException {
    return OGNL.callStaticMethod(context, targetClass, name, args);
  }
}
