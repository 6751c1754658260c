package prikaz.parser.internal.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.Chars;
import prikaz.parser.internal.grammar.ActNumbers;
import prikaz.parser.internal.grammar.RussianDates;
import prikaz.parser.model.Reference;

/**
 * The acts an order is based on, from its preamble («В соответствии с приказом … от … № … «…»,
 * с Положением …, утвержденным …»). Purpose clauses («в целях …») give no references.
 */
public final class ReferenceExtractor {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern CLAUSE = Pattern.compile(
      "(?<![\\p{L}])(в\\s+соответствии\\s+со?|на\\s+основании|руководствуясь|согласно|во\\s+исполнение"
          + "|в\\s+целях|с\\s+целью|в\\s+связи\\s+со?)(?![\\p{L}])", FLAGS);
  private static final Pattern PURPOSE = Pattern.compile("^(в\\s+целях|с\\s+целью|в\\s+связи)", FLAGS);

  /** Act kinds, each with the word forms that introduce it; the first group is the kind word. */
  private enum Kind {
    LAW("закон", "закон", "(?:федеральн\\p{L}*\\s+|областн\\p{L}*\\s+|краев\\p{L}*\\s+)?закон(?:ом|а|у|е|ы|ами|ов)?"),
    DECREE("указ", "указ", "указ(?:ом|а|у|е|ами)?"),
    RESOLUTION("постановление", "постановлени", "постановлени(?:ем|я|е|ю|ями|й)"),
    DIRECTIVE("распоряжение", "распоряжени", "распоряжени(?:ем|я|е|ю|ями|й)"),
    ORDER("приказ", "приказ", "приказ(?:ом|а|у|е|ами|ов|ы)?"),
    LETTER("письмо", "письм", "письм(?:ом|а|у|е|о|ами)"),
    DECISION("решение", "решени", "решени(?:ем|я|е|ю|ями|й)"),
    REGULATION("положение", "положени", "положени(?:ем|я|е|ю)"),
    ANALYTICAL_NOTE("аналитическая справка", "справк", "аналитическ(?:ой|ая|ую|ие|их)\\s+справк(?:ой|и|а|у)"),
    NOTE("справка", "справк", "справк(?:ой|и|а|у)"),
    PROGRAMME("программа", "программ", "(?:государственн\\p{L}*\\s+|муниципальн\\p{L}*\\s+|федеральн\\p{L}*\\s+)?программ(?:ой|ы|а|у|ами)"),
    PLAN("план", "план", "план(?:ом|а|у)?"),
    MINUTES("протокол", "протокол", "протокол(?:ом|а|у)?"),
    RECOMMENDATIONS("рекомендации", "рекомендаци", "(?:методическ\\p{L}*\\s+)?рекомендаци(?:ями|й|и|ях)"),
    PROCEDURE("порядок", "порядк", "порядк(?:ом|а)"),
    CHARTER("устав", "устав", "устав(?:ом|а)"),
    CODE("кодекс", "кодекс", "(?:\\p{L}+\\s+)?кодекс(?:ом|а)");

    final String word;
    /** Letters every form contains, in lower case: a text without them needs no pattern run. */
    final String stem;
    final Pattern pattern;

    Kind(String word, String stem, String forms) {
      this.word = word;
      this.stem = stem;
      this.pattern = Pattern.compile("(?<![\\p{L}])" + forms + "(?![\\p{L}])", FLAGS);
    }

    /** Kinds named by an unquoted «о …» title right after the kind word: «Положением о …». */
    boolean titledByPhrase() {
      return this == REGULATION || this == PROGRAMME || this == PLAN || this == ANALYTICAL_NOTE
          || this == NOTE || this == RECOMMENDATIONS || this == PROCEDURE || this == CHARTER;
    }
  }

  private record KindAt(Kind kind, int start, int end) {}

  private static final Pattern APPROVED_BY = Pattern.compile(
      "(утвержд\\p{L}*|принят\\p{L}*|введ\\p{L}*\\s+в\\s+действие|установленн\\p{L}*)\\s*$", FLAGS);
  private static final Pattern ISSUER_END = Pattern.compile(
      "(?:^|\\s+)от\\s|\\s*№|\\s+N\\s?\\d|\\s*«|\\s*\\(|,|;|\\s+\\d{1,2}[./]\\d|\\s+[«\"]?\\d{1,2}[»\"]?\\s+\\p{L}|\\s+о\\s|\\s+об\\s|\\s*\"", FLAGS);
  /** An organisation's form in capitals at the end of an issuer: «МБОУ», «ГАУ ДПО», «ООО». */
  private static final Pattern ORG_FORM_END = Pattern.compile("(?:^|\\s)[А-ЯЁ]{2,8}$");
  private static final Pattern PHRASE_TITLE = Pattern.compile("^(?:о|об|обо|по|на)\\s", FLAGS);
  private static final Pattern PHRASE_TITLE_END = Pattern.compile(
      ",\\s*(?:утвержд|принят)|\\s*\\(|\\s+от\\s+\\d|\\s*№", FLAGS);

  private static final Pattern APPROVAL = Pattern.compile("(утвержд\\p{L}*|принят\\p{L}*)\\s+", FLAGS);
  private static final Pattern TRAILING_CONNECTOR =
      Pattern.compile("[\\s,(]+(?:и|а\\s+также|с|со|в\\s+ред\\.?|в\\s+редакции)$", FLAGS);

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private ReferenceExtractor() {}

  /**
   * The first act named in {@code text}, wherever it stands («к приказу министерства … от 13 ноября
   * 2015 г. N 5976», «приказом управления от … № …»), or null when it names none.
   */
  public static Reference act(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = oneSpaced(text);
    List<Quotes.Span> quotes = Quotes.find(flat);
    String masked = Quotes.mask(flat, quotes);
    List<KindAt> starts = referenceStarts(masked, 0, masked.length());
    if (starts.isEmpty()) {
      return null;
    }
    int end = starts.size() > 1 ? starts.get(1).start() : flat.length();
    return parseSegment(flat, masked, quotes, starts.get(0), end);
  }

  static List<Reference> extract(String preamble) {
    List<Reference> references = new ArrayList<>();
    if (preamble == null || preamble.isBlank()) {
      return references;
    }
    String text = joinHyphenatedKinds(oneSpaced(preamble));
    List<Quotes.Span> quotes = Quotes.find(text);
    String masked = Quotes.mask(text, quotes);

    List<int[]> clauses = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(masked);
    int previous = -1;
    while (clause.find()) {
      if (previous >= 0) {
        clauses.add(new int[] {previous, clause.start()});
      }
      previous = clause.start();
    }
    if (previous >= 0) {
      clauses.add(new int[] {previous, text.length()});
    }
    for (int[] bounds : clauses) {
      // A purpose clause («в целях реализации плана …») names acts only with a date or a number
      // («… регламента, утвержденного приказом … от 09.01.2013 № 21»).
      boolean purpose = PURPOSE.matcher(masked.substring(bounds[0], bounds[1])).find();
      List<KindAt> starts = referenceStarts(masked, bounds[0], bounds[1]);
      List<Reference> found = new ArrayList<>();
      for (int k = 0; k < starts.size(); k++) {
        int end = k + 1 < starts.size() ? starts.get(k + 1).start() : bounds[1];
        addActs(text, masked, quotes, starts.get(k), end, found);
      }
      for (Reference reference : found) {
        if (!purpose || reference.date() != null || reference.number() != null) {
          references.add(reference);
        }
      }
    }
    return references;
  }

  private static final Pattern HYPHENATED = Pattern.compile("(?<![\\p{L}])(\\p{L}+)-\\s+(\\p{Ll}+)");

  /** «распо- ряжением» (a word broken at the line's end) joined back when it is a kind word. */
  private static String joinHyphenatedKinds(String text) {
    Matcher m = HYPHENATED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String joined = m.group(1) + m.group(2);
      boolean kind = false;
      for (Kind k : Kind.values()) {
        kind |= k.pattern.matcher(joined).matches();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(kind ? joined : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A plural kind word heads several acts: «Федеральными законами», «приказов», «постановлений». */
  private static final Pattern PLURAL_KIND = Pattern.compile("(?:ами|ями|ов|ий)$", FLAGS);
  /** Where the next act under a plural head begins: «…», от 24.06.1999 № 120-ФЗ». */
  private static final Pattern NEXT_ACT = Pattern.compile(
      "(?:,\\s*(?:а\\s+также\\s+|и\\s+)?|\\s+и\\s+|\\s+а\\s+также\\s+)(?=от\\s+\\d|(?:№|N)\\s?\\d)", FLAGS);

  /**
   * The act (or, under a plural head, the acts) of one segment: each «, от DATE № N «title»» after
   * a plural kind word is an act of its own, of the same kind and issuer.
   */
  private static void addActs(String text, String masked, List<Quotes.Span> quotes, KindAt at, int end,
      List<Reference> references) {
    List<int[]> cuts = new ArrayList<>();
    if (PLURAL_KIND.matcher(masked.substring(at.start(), at.end())).find()) {
      Matcher next = NEXT_ACT.matcher(masked);
      next.region(at.end(), end);
      while (next.find()) {
        cuts.add(new int[] {next.start(), next.end()});
      }
    }
    if (cuts.isEmpty()) {
      references.add(parseSegment(text, masked, quotes, at, end));
      return;
    }
    Reference first = parseSegment(text, masked, quotes, at, cuts.get(0)[0]);
    references.add(first);
    for (int i = 0; i < cuts.size(); i++) {
      int from = cuts.get(i)[1];
      int to = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : end;
      Reference act = parseSegment(text, masked, quotes, new KindAt(at.kind(), from, from), to);
      references.add(new Reference(act.kind(), first.issuer(), act.date(), act.number(), act.title(), act.text()));
    }
  }

  /** Kind words that begin a reference; one that follows «утвержденным» belongs to the previous. */
  private static List<KindAt> referenceStarts(String masked, int from, int to) {
    List<KindAt> found = new ArrayList<>();
    String lower = masked.substring(from, to).toLowerCase(Locale.ROOT);
    for (Kind kind : Kind.values()) {
      if (!lower.contains(kind.stem)) {
        continue;
      }
      Matcher m = kind.pattern.matcher(masked);
      m.region(from, to);
      while (m.find()) {
        found.add(new KindAt(kind, m.start(), m.end()));
      }
    }
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<KindAt> starts = new ArrayList<>();
    int coveredTo = -1;
    for (KindAt at : found) {
      if (at.start() < coveredTo) {
        continue; // «аналитической справки» already matched as a whole
      }
      coveredTo = at.end();
      String before = masked.substring(Math.max(from, at.start() - 40), at.start());
      if (!starts.isEmpty() && APPROVED_BY.matcher(before).find()) {
        continue;
      }
      if (!starts.isEmpty() && insidePhraseTitle(masked, starts.get(starts.size() - 1), at)) {
        continue;
      }
      starts.add(at);
    }
    return starts;
  }

  /** «Положением о порядке …»: a kind word inside the unquoted title of the previous reference. */
  private static boolean insidePhraseTitle(String masked, KindAt previous, KindAt at) {
    if (!previous.kind().titledByPhrase()) {
      return false;
    }
    String between = masked.substring(previous.end(), at.start());
    return PHRASE_TITLE.matcher(between.stripLeading()).find() && !between.contains(",");
  }

  /** One reference from {@code text[at.start, end)}; {@code maskedText} is the text with quotes blanked. */
  private static Reference parseSegment(String text, String maskedText, List<Quotes.Span> quotes, KindAt at, int end) {
    String segment = text.substring(at.start(), end);
    String written = segment.strip();
    String previous;
    do {
      previous = written;
      written = TRAILING_CONNECTOR.matcher(written.replaceAll("[\\s,;.:]+$", "")).replaceAll("").strip();
      if (written.endsWith(")") && Chars.count(written, '(') < Chars.count(written, ')')) {
        written = written.substring(0, written.length() - 1); // «(в ред. решения … № 501)»
      }
    } while (!written.equals(previous));
    String masked = maskedText.substring(at.start(), end);
    String afterKind = text.substring(at.end(), end);
    String afterKindMasked = masked.substring(at.end() - at.start());

    String title = null;
    String issuerSource = afterKindMasked;
    int issuerOffset = at.end();
    if (at.kind().titledByPhrase() && PHRASE_TITLE.matcher(afterKind.stripLeading()).find()) {
      String rest = afterKind.stripLeading();
      Matcher titleEnd = PHRASE_TITLE_END.matcher(Quotes.mask(rest, Quotes.find(rest)));
      int stop = titleEnd.find() ? titleEnd.start() : rest.length();
      title = clean(rest.substring(0, stop));
      // The issuer, date and number are those of the act that approved it.
      Matcher approval = APPROVAL.matcher(afterKindMasked);
      if (approval.find()) {
        String approverPart = afterKindMasked.substring(approval.end());
        Matcher approverKind = firstKind(approverPart);
        int skip = approverKind != null && approverKind.start() == 0 ? approverKind.end() : 0;
        issuerSource = approverPart.substring(skip);
        issuerOffset = at.end() + approval.end() + skip;
      } else {
        issuerSource = "";
      }
    }
    String issuer = issuer(text.substring(issuerOffset, issuerOffset + issuerSource.length()), issuerSource);
    if (title == null) {
      for (Quotes.Span span : quotes) {
        if (span.start() >= at.end() && span.start() < end
            && !(issuer != null && issuer.contains(text.substring(span.start(), span.end())))) {
          title = clean(span.inner(text));
          break;
        }
      }
    }
    RussianDates.Found foundDate = RussianDates.find(masked, 0);
    LocalDate date = foundDate == null ? null : foundDate.date();
    String number = ActNumbers.first(masked);
    if ((at.kind() == Kind.PLAN || at.kind() == Kind.PROGRAMME) && date == null && number == null && title == null) {
      // «плана работы школы на 2021-2022 учебный год»: a plan or programme known by its name only.
      title = clean(afterKind);
      issuer = null;
    }
    return new Reference(at.kind().word, issuer, date, number, title, written);
  }

  private static Matcher firstKind(String text) {
    Matcher best = null;
    for (Kind kind : Kind.values()) {
      Matcher m = kind.pattern.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  private static String issuer(String original, String masked) {
    String lead = masked.stripLeading();
    int shift = masked.length() - lead.length();
    Matcher stop = ISSUER_END.matcher(lead);
    int end = stop.find() ? stop.start() : lead.length();
    if (ORG_FORM_END.matcher(lead.substring(0, end)).find()) {
      // «МБОУ «СОШ № 7»»: after an organisation's form the quoted name is the issuer's, not a title.
      int open = original.indexOf('«', shift + end);
      if (open >= 0 && original.substring(shift + end, open).isBlank()) {
        List<Quotes.Span> name = Quotes.find(original.substring(open));
        end = open + name.get(0).end() - shift;
      }
    }
    String issuer = original.substring(shift, shift + end).strip();
    if (issuer.isEmpty() || !Character.isLetter(issuer.charAt(0))) {
      return null;
    }
    return Nominative.of(issuer);
  }

  /**
   * Runs of white space (line breaks, tabs, spaces a form left) as one space: the rules' «\\s+»
   * then match once per run, so a long run costs linear, not quadratic, time.
   */
  private static String oneSpaced(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ");
  }

  private static String clean(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    t = t.replaceAll("[\\s,;]+$", "");
    return t.isEmpty() ? null : t;
  }
}
