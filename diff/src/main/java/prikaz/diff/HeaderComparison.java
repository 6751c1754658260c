package prikaz.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import prikaz.diff.OrderDiff.HeaderChanges;
import prikaz.diff.OrderDiff.TextChange;
import prikaz.parser.model.Header;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Signatory;

/** The changes of two orders' headers: issuer, signatory, and the acts each is based on. */
final class HeaderComparison {
  private HeaderComparison() {}

  static HeaderChanges compare(Header a, Header b) {
    TextChange issuer = Words.normalize(a.issuer()).equals(Words.normalize(b.issuer())) ? null
        : new TextChange(a.issuer(), b.issuer());
    TextChange signatory = sameSignatory(a.signatory(), b.signatory()) ? null
        : new TextChange(signatory(a.signatory()), signatory(b.signatory()));
    Map<String, Reference> left = references(a.basis());
    Map<String, Reference> right = references(b.basis());
    return new HeaderChanges(issuer, signatory, FieldComparison.onlyIn(right, left), FieldComparison.onlyIn(left, right));
  }

  private static boolean sameSignatory(Signatory a, Signatory b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return PersonKeys.of(Objects.toString(a.name(), "")).equals(PersonKeys.of(Objects.toString(b.name(), "")))
        && Words.normalize(a.position()).equals(Words.normalize(b.position()));
  }

  private static String signatory(Signatory s) {
    if (s == null) {
      return null;
    }
    String text = (Objects.toString(s.position(), "") + " " + Objects.toString(s.name(), "")).strip();
    return text.isEmpty() ? null : text;
  }

  /** Acts keyed by kind, number and date; an act with neither by its name's stems. */
  private static Map<String, Reference> references(List<Reference> basis) {
    Map<String, Reference> keyed = new LinkedHashMap<>();
    for (Reference ref : basis) {
      String key = ref.number() != null || ref.date() != null
          ? ref.kind() + "|" + Words.normalize(ref.number()).replace(" ", "") + "|" + ref.date()
          : ref.kind() + "|" + String.join(" ", new TreeSet<>(Words.stems(
              ref.title() != null ? ref.title() : ref.text())));
      keyed.putIfAbsent(key, ref);
    }
    return keyed;
  }
}
