package prikaz.parser.internal.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.internal.grammar.ActKinds;
import prikaz.parser.model.Header;
import prikaz.parser.model.Point;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Warning;

/**
 * The order's header from the lines of its opening, in two steps: {@link OpeningRoles} gives each
 * line of the heading a role, then the header is assembled from the roles — issuer, act kind,
 * date, number, place and title — and from the text under them: preamble with its references,
 * operative word, points ({@link PointsReader}) and signature ({@link SignatureReader}).
 */
public final class HeaderReader {

  /** The header, the index of the first layout block after it, and what could not be found. */
  public record Result(Header header, int endBlock, List<Warning> warnings) {}

  private HeaderReader() {}

  public static Result read(List<OpeningLine> input) throws DocumentException {
    List<OpeningLine> lines = FlatOpening.unflatten(input);
    OpeningRoles.Roles roles = OpeningRoles.assign(lines);
    Heading heading = heading(lines, roles);

    // Preamble up to the operative word, or to the first point, or (an act with neither, or an
    // excerpt cut short) to the signature.
    int titleEnd = roles.titleEnd();
    int verbAt = -1;
    int pointsFrom = -1;
    for (int k = titleEnd; k < lines.size() && verbAt < 0 && pointsFrom < 0; k++) {
      String text = lines.get(k).text();
      if (roles.of(k) == null && HeadingRules.operative(text).find()) {
        verbAt = k;
      } else if (roles.of(k) == null && PointsReader.startAt(lines, k)) {
        pointsFrom = k; // no operative word: the points begin directly
      }
    }
    pointsFrom = verbAt >= 0 ? verbAt + 1 : pointsFrom;
    SignatureReader.Found signature = SignatureReader.find(lines, pointsFrom >= 0 ? pointsFrom : titleEnd);
    int preambleEnd = verbAt >= 0 ? verbAt : pointsFrom >= 0 ? pointsFrom
        : signature != null ? signature.from() : lines.size();
    StringBuilder preamble = new StringBuilder();
    for (int k = titleEnd; k < preambleEnd; k++) {
      if (roles.of(k) == null) { // a revision note or furniture under the title is left out
        appendLine(preamble, lines.get(k).text(), lines.get(k).startsParagraph());
      }
    }
    if (verbAt >= 0) {
      Matcher verb = HeadingRules.operative(lines.get(verbAt).text());
      verb.find();
      appendLine(preamble, lines.get(verbAt).text().substring(0, verb.start()).strip(), lines.get(verbAt).startsParagraph());
      if (HeadingRules.THIRD_PERSON.matcher(verb.group(1)).find()) {
        Preamble.dropSubject(preamble);
      }
    }
    pointsFrom = pointsFrom >= 0 ? pointsFrom : preambleEnd;

    int pointsTo = signature != null ? signature.from() : lines.size();
    DeadlineContext context = new DeadlineContext(DeadlineParser.findPeriod(heading.title), heading.date);
    List<Point> points = PointsReader.read(
        lines.subList(Math.min(pointsFrom, lines.size()), Math.max(pointsFrom, pointsTo)), context);
    String preambleText = preamble.toString().strip();
    Header header = new Header(
        heading.issuer,
        heading.details,
        heading.docType,
        heading.date,
        heading.number,
        heading.place,
        heading.title,
        preambleText.isEmpty() ? null : preambleText,
        ReferenceExtractor.extract(preambleText),
        points,
        signature == null ? null : signature.signatory());
    int lastUsed = signature != null ? signature.nameAt() : Math.max(pointsTo, pointsFrom) - 1;
    int endBlock = lastUsed >= 0 && lastUsed < lines.size() ? lines.get(lastUsed).block() + 1 : 0;
    return new Result(header, endBlock, incomplete(heading));
  }

  /** The heading's fields as the roles give them. */
  private record Heading(String issuer, List<String> details, String docType, LocalDate date, String number,
      String place, String title) {}

  private static Heading heading(List<OpeningLine> lines, OpeningRoles.Roles roles) {
    String anchorText = lines.get(roles.anchor()).text();
    String docType = switch (roles.kind()) {
      case HEADING -> HeadingRules.headingKind(anchorText);
      case REFERENCE -> HeadingRules.referenceKind(anchorText);
      case DATE_LINE -> null;
    };
    LocalDate date = null;
    String number = null;
    String place = null;
    List<MetaLine> metas = new ArrayList<>();
    if (roles.kind() == OpeningRoles.Anchor.HEADING) {
      String closed = ActKinds.closeUp(anchorText.strip());
      metas.add(MetaLine.afterKind(closed.substring(ActKinds.leadingLength(closed)).replaceAll("^[\\s:.]+", "")));
    } else if (roles.kind() == OpeningRoles.Anchor.DATE_LINE) {
      metas.add(MetaLine.of(anchorText));
    }
    List<String> issuerLines = new ArrayList<>();
    List<String> underKind = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<String> title = new ArrayList<>();
    Reference reference = null;
    for (int i = 0; i < lines.size() && i < roles.titleEnd(); i++) {
      String text = lines.get(i).text();
      LineRole role = roles.of(i);
      if (role == null) {
        continue;
      }
      switch (role) {
        case DATE_NUMBER -> metas.add(MetaLine.of(text));
        case JURISDICTION -> details.add(text);
        case ISSUER -> {
          int requisites = HeadingRules.requisitesFrom(text);
          if (requisites > 0) { // a two-column letterhead read across: the name, then the requisites
            details.add(text.substring(requisites).strip());
            text = text.substring(0, requisites).strip();
          }
          if (HeadingRules.isLogo(text)) {
            continue;
          }
          if (HeadingRules.isIssuerDetails(text) || HeadingRules.isConvocation(text)) {
            details.add(text);
          } else if (i > roles.anchor()) {
            underKind.add(text);
          } else if (text.length() > 2 || Character.isUpperCase(text.charAt(0)) && text.length() > 1) {
            issuerLines.add(text); // a stray «и» between issuer lines is dropped
          }
        }
        case TITLE -> title.add(text);
        case ACT_KIND, BIBLIOGRAPHIC -> {
          if (reference == null && HeadingRules.referenceKind(text) != null) {
            reference = ReferenceExtractor.act(joinedReference(lines, roles, i));
          }
        }
        default -> { }
      }
    }
    for (MetaLine meta : metas) {
      date = date == null ? meta.date() : date;
      number = number == null ? meta.number() : number;
      place = place == null ? meta.place() : place;
    }
    String issuer = issuer(issuerLines, underKind, details);
    String titleText = Titles.clean(String.join(" ", title));
    if (reference != null) {
      boolean own = roles.kind() == OpeningRoles.Anchor.REFERENCE;
      issuer = issuer == null && reference.issuer() != null
          && (reference.issuer().contains(" ") || Character.isUpperCase(reference.issuer().charAt(0))) ? reference.issuer() : issuer;
      date = date == null && (own || number == null) ? reference.date() : date;
      number = number == null && (own || date == null || date.equals(reference.date())) ? reference.number() : number;
      titleText = titleText == null ? Titles.clean(reference.title()) : titleText;
      if (own && place == null) {
        place = Titles.placeIn(reference.text());
      }
    }
    return new Heading(issuer, details, docType, date, number, place, titleText);
  }

  /** A reference line with the date and number lines right under it (a database splits them). */
  private static String joinedReference(List<OpeningLine> lines, OpeningRoles.Roles roles, int at) {
    StringBuilder text = new StringBuilder(lines.get(at).text());
    for (int k = at + 1; k < lines.size() && k <= at + 2; k++) {
      String next = lines.get(k).text();
      if (!HeadingRules.isMetaLine(next) && !(roles.of(k) == LineRole.TITLE && next.startsWith("\""))) {
        break;
      }
      text.append(' ').append(next);
    }
    return text.toString();
  }

  private static String issuer(List<String> above, List<String> underKind, List<String> details) {
    if (!above.isEmpty()) {
      String first = above.get(0);
      String jurisdiction = HeadingRules.jurisdictionPrefix(first);
      if (jurisdiction != null) {
        details.add(jurisdiction);
        above.set(0, first.substring(jurisdiction.length()).strip());
      }
      return String.join(" ", above).replaceAll("\\s{2,}", " ");
    }
    if (!underKind.isEmpty()) {
      return Nominative.of(String.join(" ", underKind).replaceAll("\\s{2,}", " "));
    }
    return null;
  }

  private static List<Warning> incomplete(Heading heading) {
    List<String> missing = new ArrayList<>();
    if (heading.docType == null) {
      missing.add("act kind");
    }
    if (heading.date == null) {
      missing.add("date");
    }
    if (heading.number == null) {
      missing.add("number");
    }
    if (heading.issuer == null) {
      missing.add("issuer");
    }
    if (heading.title == null) {
      missing.add("title");
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    return List.of(new Warning(Warning.Code.HEADER_INCOMPLETE, "the heading gives no " + String.join(", ", missing), null));
  }

  private static void appendLine(StringBuilder text, String line, boolean newParagraph) {
    if (line.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(newParagraph ? "\n" : " ");
    }
    text.append(line);
  }
}
