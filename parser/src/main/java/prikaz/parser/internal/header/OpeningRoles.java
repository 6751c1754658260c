package prikaz.parser.internal.header;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.grammar.ItemNumbers;
import prikaz.parser.internal.Chars;

/**
 * Gives each line of an act's opening its {@link LineRole}, from the top down to the end of the
 * title: notes and furniture, the database's reference line, jurisdiction and issuer, the act
 * kind, the date/number/place lines and the title. The act kind anchors the rest: the issuer is
 * above it, the date, number and place under it, then the title.
 */
final class OpeningRoles {

  /** How far down the act kind is looked for. */
  private static final int WINDOW = 60;

  /** The roles, the anchor line and the first line after the title. */
  record Roles(LineRole[] roles, int anchor, Anchor kind, int titleEnd) {
    LineRole of(int i) {
      return i < roles.length ? roles[i] : null;
    }
  }

  /** What the opening is anchored on. */
  enum Anchor {
    /** A heading with the act kind: «ПРИКАЗ», «Постановление от … № …». */
    HEADING,
    /** Only a database's reference line names the act: «Постановление Администрации … от … N …». */
    REFERENCE,
    /** No act kind at all, but a date and number line under the issuer. */
    DATE_LINE
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A rule drawn with characters between the issuer and the kind: «_______». */
  private static final Pattern RULE_LINE = Pattern.compile("^[_\\-–—=*\\s]+$");
  /** The date or number of an act named in a title. */
  private static final Pattern ACT_DATE_OR_NUMBER = Pattern.compile("\\sот\\s|№|\\sN\\s?\\d");

  /** A title over the heading (a database's or a page's): «Об утверждении …», «О проведении …». */
  private static final Pattern ABOUT =
      Pattern.compile("^[«\"“\\[(]?\\s*(?:о|об|обо)\\s", FLAGS);

  /** A page's running title: the issuer and the kind on one line («АДМИНИСТРАЦИЯ … ОКРУГА ПРИКАЗ»). */
  private static final Pattern RUNNING_TITLE = Pattern.compile(
      "\\s(?:ПРИКАЗ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|УКАЗ)$");

  private static final Pattern AMENDED_ACT = Pattern.compile(
      "(?<![\\p{L}])(?:в|во)\\s+(?:постановлени|распоряжени|приказ|решени|указ|закон)\\p{L}*(?![\\p{L}])",
      FLAGS);

  /** A line that opens with an infinitive, as operative points do: «Утвердить …», «Внести …». */
  private static final Pattern OPERATIVE_VERB_FIRST =
      Pattern.compile("^\\p{Lu}\\p{Ll}+(?:ть|ти)(?:ся)?\\s");

  private OpeningRoles() {}

  static Roles assign(List<OpeningLine> lines) throws DocumentException {
    int n = lines.size();
    LineRole[] roles = new LineRole[n];
    int bodyStart = markNotes(lines, roles);
    int anchor = -1;
    Anchor kind = null;
    int firstHeading = -1;
    int firstReference = -1;
    for (int i = 0; i < bodyStart; i++) {
      if (roles[i] != null) {
        continue;
      }
      String text = lines.get(i).text();
      if (HeadingRules.headingKind(text) != null) {
        if (HeadingRules.isBareKind(text)) {
          anchor = i;
          break;
        }
        firstHeading = firstHeading < 0 ? i : firstHeading;
      } else if (firstReference < 0 && HeadingRules.referenceKind(text) != null) {
        firstReference = i;
      }
    }
    if (anchor >= 0 || firstHeading >= 0) {
      anchor = anchor >= 0 ? anchor : firstHeading;
      kind = Anchor.HEADING;
    } else if (firstReference >= 0) {
      anchor = firstReference;
      kind = Anchor.REFERENCE;
    } else {
      anchor = dateLine(lines, roles, bodyStart);
      kind = Anchor.DATE_LINE;
    }
    if (anchor < 0) {
      throw new DocumentException(DocumentException.Reason.NOT_AN_ORDER,
          "no ПРИКАЗ heading found");
    }
    roles[anchor] = kind == Anchor.DATE_LINE ? LineRole.DATE_NUMBER : LineRole.ACT_KIND;
    if (kind != Anchor.REFERENCE) {
      markIssuer(lines, roles, anchor);
    }
    for (int i = 0; i < anchor; i++) {
      if (roles[i] == null) {
        roles[i] = LineRole.BIBLIOGRAPHIC;
      }
    }
    int next = markDateNumber(lines, roles, anchor + 1, kind);
    int titleEnd = markTitle(lines, roles, next, kind);
    return new Roles(roles, anchor, kind, titleEnd);
  }

  /**
   * Marks furniture, status and revision notes in the opening; returns the first line of the body
   * (preamble, operative word or first point), where act kinds stop being headings.
   */
  private static int markNotes(List<OpeningLine> lines, LineRole[] roles) {
    int limit = Math.min(lines.size(), WINDOW);
    boolean inRevision = false;
    boolean revisionList = false;
    boolean inStamp = false;
    for (int i = 0; i < limit; i++) {
      String text = lines.get(i).text();
      if (NoteRules.isAppendixStamp(text)
          || inStamp && (!lines.get(i).startsParagraph() || HeadingRules.isMetaLine(text) || NoteRules.isAppendixStamp(text))) {
        roles[i] = LineRole.APPENDIX_STAMP;
        inStamp = true;
        continue;
      }
      inStamp = false;
      if (inRevision) {
        roles[i] = LineRole.REVISION_NOTE;
        inRevision = NoteRules.leavesBracketOpen(text) || !text.contains(")") && !text.contains("]") && !text.contains("}");
        continue;
      }
      if (NoteRules.isFurniture(text)) {
        roles[i] = LineRole.FURNITURE;
      } else if (NoteRules.isRevisionNote(text)) {
        roles[i] = LineRole.REVISION_NOTE;
        inRevision = NoteRules.leavesBracketOpen(text);
        revisionList = text.endsWith(":");
      } else if (revisionList && NoteRules.isAmendingAct(text)) {
        roles[i] = LineRole.REVISION_NOTE;
      } else if (NoteRules.isStatusNote(text) && HeadingRules.headingKind(text) == null) {
        roles[i] = LineRole.STATUS_NOTE;
      } else {
        revisionList = false;
        if (isBodyStart(lines, i) && i > 0) {
          return i;
        }
      }
    }
    return limit;
  }

  private static boolean isBodyStart(List<OpeningLine> lines, int i) {
    String text = lines.get(i).text();
    return HeadingRules.isPreambleStart(text) || HeadingRules.operative(text).find() || PointsReader.startAt(lines, i);
  }

  /** Without an act kind: the first date and number line near the top, under the issuer. */
  private static int dateLine(List<OpeningLine> lines, LineRole[] roles, int bodyStart) {
    int seen = 0;
    for (int i = 0; i < bodyStart && seen < 12; i++) {
      if (roles[i] != null) {
        continue;
      }
      seen++;
      String text = lines.get(i).text();
      MetaLine meta = HeadingRules.meta(text);
      if (meta != null && meta.date() != null) {
        return i;
      }
    }
    return -1;
  }

  /** The issuer's lines right above the act kind; territories over it are jurisdiction lines. */
  private static void markIssuer(List<OpeningLine> lines, LineRole[] roles, int anchor) {
    int top = anchor;
    // The date and place may stand above the kind: «12 марта 2024 г. г. Великие Луки / Приказ 15К».
    int k0 = anchor - 1;
    while (k0 >= 0 && roles[k0] == null && hasDate(HeadingRules.meta(lines.get(k0).text()))) {
      roles[k0] = LineRole.DATE_NUMBER;
      top = k0--;
    }
    for (int k = k0; k >= 0; k--) {
      if (roles[k] != null) {
        if (roles[k] == LineRole.FURNITURE && RULE_LINE.matcher(lines.get(k).text()).matches()) {
          continue; // a rule line between the issuer and the kind
        }
        break;
      }
      if (!isIssuerLike(lines.get(k).text())) {
        break;
      }
      top = k;
    }
    boolean leading = true;
    for (int k = top; k < anchor; k++) {
      if (roles[k] != null) {
        continue;
      }
      String text = lines.get(k).text();
      if (leading && HeadingRules.isJurisdiction(text)) {
        roles[k] = LineRole.JURISDICTION;
      } else {
        leading = false;
        roles[k] = LineRole.ISSUER;
      }
    }
  }

  private static boolean isIssuerLike(String text) {
    if (RUNNING_TITLE.matcher(text).find() ||text.length() > 200 || ABOUT.matcher(text).find() || HeadingRules.referenceKind(text) != null
        || HeadingRules.headingKind(text) != null || HeadingRules.isPreambleStart(text)) {
      return false;
    }
    MetaLine meta = MetaLine.of(text);
    if (meta.isMeta() && meta.date() != null) {
      return false;
    }
    return !(text.length() > 60 && (text.endsWith(".") || text.endsWith(":") || text.endsWith(";")));
  }

  /**
   * The date, number and place lines under the act kind, and an issuer written under the kind in
   * the genitive («У К А З / Губернатора Псковской области / 11 февраля 2022 года N 9-УГ»).
   */
  private static int markDateNumber(List<OpeningLine> lines, LineRole[] roles, int from, Anchor kind) {
    int i = from;
    int n = lines.size();
    if (kind == Anchor.HEADING) {
      for (int k = i; k < Math.min(n, i + 2); k++) {
        String text = lines.get(k).text();
        MetaLine below = k + 1 < n ? HeadingRules.meta(lines.get(k + 1).text()) : null;
        if (roles[k] == null && isIssuerUnderKind(text) && below != null && below.hasDateOrNumber()) {
          for (int j = i; j <= k; j++) {
            roles[j] = roles[j] == null ? LineRole.ISSUER : roles[j];
          }
          i = k + 1;
          break;
        }
      }
    }
    while (i < n) {
      String text = lines.get(i).text();
      if (roles[i] != null || HeadingRules.isMetaLine(text) || isBareDate(text)) {
        roles[i] = roles[i] == null ? LineRole.DATE_NUMBER : roles[i];
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isIssuerUnderKind(String text) {
    return text.length() < 120 && !HeadingRules.isTitleStart(text) && !HeadingRules.isPreambleStart(text)
        && !HeadingRules.isMetaLine(text) && !HeadingRules.operative(text).find() && ItemNumbers.numbered(text) == null;
  }

  private static boolean isBareDate(String text) {
    MetaLine meta = MetaLine.of(text);
    return text.length() < 40 && meta.date() != null && meta.isMeta();
  }

  /**
   * The title under the date lines: one paragraph, or several when the next goes on in the same
   * case (a title in capitals over several paragraphs, a line that starts in lower case).
   */
  private static int markTitle(List<OpeningLine> lines, LineRole[] roles, int from, Anchor kind) {
    int n = lines.size();
    int i = from;
    if (i >= n || !canStartTitle(lines.get(i))) {
      return i;
    }
    if (kind == Anchor.REFERENCE && !startsWithQuote(lines.get(i).text()) && !HeadingRules.isTitleStart(lines.get(i).text())) {
      return i;
    }
    String first = lines.get(i).text();
    boolean capitals = HeadingRules.isCapitals(first);
    boolean quoted = startsWithQuote(first);
    roles[i] = LineRole.TITLE;
    String last = first;
    StringBuilder sofar = new StringBuilder(first);
    boolean closedByActDate = false;
    i++;
    while (i < n) {
      OpeningLine line = lines.get(i);
      String text = line.text();
      if (roles[i] != null) {
        break;
      }
      boolean actDate = HeadingRules.isMetaLine(text) && awaitsActDate(sofar);
      if (!actDate && (closedByActDate && !Chars.startsLowercase(text) || subjectOfVerb(lines, i)
          || !continuesTitle(last, line, capitals, quoted && !endsWithQuote(last)))) {
        break;
      }
      closedByActDate = actDate;
      roles[i] = LineRole.TITLE;
      sofar.append(' ').append(text);
      last = text;
      i++;
    }
    return i;
  }

  private static boolean canStartTitle(OpeningLine line) {
    String text = line.text();
    return !HeadingRules.isPreambleStart(text) && !HeadingRules.isOperative(text)
        && !(ItemNumbers.numbered(text) != null && ItemNumbers.startsWithOne(text))
        && !(HeadingRules.operative(text).find() && text.length() > 40);
  }

  private static boolean continuesTitle(String last, OpeningLine line, boolean capitals, boolean quoteOpen) {
    String text = line.text();
    if (HeadingRules.isPreambleStart(text) || HeadingRules.operative(text).find()
        || ItemNumbers.numbered(text) != null && ItemNumbers.startsWithOne(text)
        || NoteRules.isRevisionNote(text) || NoteRules.isStatusNote(text) || isBareDate(text)) {
      return false;
    }
    if (quoteOpen) {
      return true;
    }
    if (OPERATIVE_VERB_FIRST.matcher(text).find()) {
      return false; // «Внести в распоряжение …», «Утвердить …»: an unnumbered point
    }
    if (last.endsWith(".") && !last.endsWith("г.") && !last.endsWith("гг.") || last.endsWith(";") || last.endsWith(":")) {
      return false;
    }
    if (capitals != HeadingRules.isCapitals(text)) {
      return Chars.startsLowercase(text) && !capitals;
    }
    if (Chars.startsLowercase(text)) {
      return true;
    }
    if (!line.startsParagraph()) {
      return capitals || text.length() < 120;
    }
    return capitals ? text.length() < 160 : text.length() < 90 && !text.endsWith(".");
  }

  private static boolean startsWithQuote(String text) {
    return !text.isEmpty() && "\"«“„".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * A title that amends an act named without its date yet («О внесении изменений в постановление
   * Правительства области») goes on with that act's date and number on the next line.
   */
  private static boolean awaitsActDate(CharSequence title) {
    Matcher m = AMENDED_ACT.matcher(title);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0 && !ACT_DATE_OR_NUMBER.matcher(title.toString().substring(last)).find();
  }

  /** The body that speaks in the operative word on the next line: «Правительство области / ПОСТАНОВЛЯЕТ:». */
  private static boolean subjectOfVerb(List<OpeningLine> lines, int i) {
    return i + 1 < lines.size() && HeadingRules.isOperative(lines.get(i + 1).text())
        && HeadingRules.isSubject(lines.get(i).text());
  }

  private static boolean hasDate(MetaLine meta) {
    return meta != null && meta.date() != null;
  }

  private static boolean endsWithQuote(String text) {
    return !text.isEmpty() && "\"»”“".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
