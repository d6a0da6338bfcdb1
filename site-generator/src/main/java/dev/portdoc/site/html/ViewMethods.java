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

  /** Said by {@link #call} when the method is not a view accessor. */
  static final Object NOT_A_VIEW_ACCESSOR = new Object();

  private static final ViewMethods INSTANCE = new ViewMethods();

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
    for (Class<?> view : VIEWS) {
      OgnlRuntime.setMethodAccessor(view, INSTANCE);
    }
  }

  /**
   * The value of {@code target.name()} when that is an accessor of a view record, else {@link
   * #NOT_A_VIEW_ACCESSOR}.
   */
  static Object call(Object target, String name) throws MethodFailedException {
    Method method = INSTANCE.accessor(target, name);
    return method == null ? NOT_A_VIEW_ACCESSOR : invoke(method, target);
  }

  private Method accessor(Object target, String name) {
    Map<String, Method> byName = methods.get(target.getClass());
    return byName == null ? null : byName.get(name);
  }

  @Override
  public Object callMethod(OgnlContext context, Object target, String name, Object[] args)
      throws MethodFailedException {
    Method method = args.length > 0 ? null : accessor(target, name);
    if (method == null) {
      return OGNL.callMethod(context, target, name, args);
    }
    return invoke(method, target);
  }

  private static Object invoke(Method method, Object target) throws MethodFailedException {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException e) {
      throw new MethodFailedException(target, method.getName(), e);
    } catch (InvocationTargetException e) {
      throw new MethodFailedException(target, method.getName(), e.getCause());
    }
  }

  @Override
  public Object callStaticMethod(
      OgnlContext context, Class<?> targetClass, String name, Object[] args)
      throws MethodFailedException {
    return OGNL.callStaticMethod(context, targetClass, name, args);
  }
}
