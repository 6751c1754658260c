package prikaz.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's API is {@code prikaz.parser} and {@code prikaz.parser.model}; the stages under
 * {@code prikaz.parser.internal} are public only so that they can call each other. The jar names
 * itself {@code prikaz.parser} as a module (Automatic-Module-Name) instead of a module-info: its
 * readers are Tika's parser modules, automatic modules themselves.
 */
class ApiSurfaceTest {
  private static final Set<String> API_PACKAGES = Set.of("prikaz.parser", "prikaz.parser.model");
  private static final String INTERNAL = "prikaz.parser.internal";

  /** Every class of the parser's main code, by binary name (nested ones with «$»). */
  private static List<Class<?>> classes() throws Exception {
    Path root = Path.of(OrderParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
    }
    return classes;
  }

  /** Public, and reachable from outside its package: its enclosing types public too. */
  private static boolean exported(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void noPublicTypeOutsideTheApiAndInternalPackages() throws Exception {
    List<String> stray = new ArrayList<>();
    for (Class<?> type : classes()) {
      String pkg = type.getPackageName();
      if (exported(type) && !API_PACKAGES.contains(pkg) && !pkg.equals(INTERNAL) && !pkg.startsWith(INTERNAL + ".")) {
        stray.add(type.getName());
      }
    }
    assertEquals(List.of(), stray, "public types outside prikaz.parser, prikaz.parser.model and prikaz.parser.internal.*");
  }

  @Test
  void theApiIsTheseTypes() throws Exception {
    Set<String> api = new TreeSet<>();
    for (Class<?> type : classes()) {
      if (exported(type) && API_PACKAGES.contains(type.getPackageName())) {
        api.add(type.getName().substring(type.getPackageName().length() + 1));
      }
    }
    // prikaz.parser, then prikaz.parser.model; a type added to either is added here on purpose.
    assertEquals(new TreeSet<>(List.of(
        "DocumentException", "DocumentException$Reason", "OcrMode", "OcrProgress", "OrderParser", "OrderParser$Builder",
        "TimedParse", "Appendix", "Deadline", "Deadline$Kind", "Field", "Field$Shape", "Header", "Item", "Location",
        "Location$Language", "Order", "PageArea", "Party", "Party$Type", "Period", "Plan", "Point", "Recurrence",
        "Recurrence$Every", "Reference", "Section", "Signatory", "Source", "Warning", "Warning$Code")), api);
  }

  @Test
  void theApiMentionsNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : classes()) {
      if (!exported(type) || !API_PACKAGES.contains(type.getPackageName())) {
        continue;
      }
      if (type.getGenericSuperclass() != null && type.getGenericSuperclass().getTypeName().contains(INTERNAL)) {
        leaks.add(type.getName() + " extends " + type.getGenericSuperclass().getTypeName());
      }
      List<Member> members = new ArrayList<>();
      members.addAll(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredFields()));
      for (Member member : members) {
        if (!(Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers()))
            || member.isSynthetic()) {
          continue;
        }
        String signature = member instanceof Executable e ? e.toGenericString()
            : ((Field) member).toGenericString();
        if (signature.contains(INTERNAL)) {
          leaks.add(signature);
        }
      }
    }
    assertEquals(List.of(), leaks, "API members whose signature names an internal type");
  }
}
