package prikaz.parser.internal.header;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.grammar.ActKinds;

/**
 * Rules for the lines of an act's heading and opening: jurisdiction, act kind (as a heading or at
 * the head of a database's reference line), date/number/place, title, preamble, operative word.
 * Each is one small rule over one line.
 */
final class HeadingRules {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern JURISDICTION = Pattern.compile(
      "^(?:российская\\s+федерация|республика\\s+[\\p{L}\\- ]{3,40}"
          + "|(?:[\\p{L}\\-]+(?:ая|ий|ый|ой)\\s+){1,2}(?:область|край|район|муниципальный\\s+район|городской\\s+округ"
          + "|муниципальный\\s+округ|автономный\\s+округ(?:\\s*[-–—]\\s*[\\p{L}]+)?))$", FLAGS);
  /** A jurisdiction at the start of the issuer's first line: «КАМЧАТСКИЙ КРАЙ АДМИНИСТРАЦИЯ». */
  private static final Pattern JURISDICTION_PREFIX = Pattern.compile(
      "^((?:российская\\s+федерация|(?:[\\p{L}\\-]+(?:ая|ий|ый|ой)\\s+){1,2}(?:область|край)))\\s+(?=\\p{Lu})", FLAGS);
  /** A convocation or session under a legislature's name: «пятого созыва (девятая сессия)». */
  private static final Pattern CONVOCATION = Pattern.compile("созыва|сесси[яи]|заседани[ея]", FLAGS);
  /** Address and contacts under the issuer's name. */
  private static final Pattern DETAILS = Pattern.compile(
      "(?:^|\\s)(?:\\d{6}|ул\\.|улица|пр-т|проспект|д\\.\\s?\\d|тел|т\\.\\s?\\d|факс|e-?mail|инн|огрн|кпп|окпо|р/с|http|www\\.)"
          + "|@", FLAGS);
  /** A registration code or account of a letterhead's requisites: «ОГРН 1…», «ИНН 16…», «р/с 4070…». */
  private static final Pattern REQUISITE = Pattern.compile(
      "(?<![\\p{L}])(?:ОГРН|ОГРНИП|ИНН|КПП|ОКПО|ОКВЭД|БИК|[рк]/с)(?![\\p{L}])");
  /** The bank of the letterhead's account: «Банк ПАО …», «Банк: АО КБ …», «в банке ВТБ (ПАО)». */
  private static final Pattern BANK = Pattern.compile(
      "^(?:в\\s+)?банк[аеу]?(?:\\s*:|\\s+(?:получателя|(?-i:[А-ЯЁ\\s]{0,40}(?:ФИЛИАЛ|ПАО|АО|КБ|АКБ))(?![\\p{L}])))", FLAGS);
  /** A logo or a stamp read as text: a line that opens with a sign no name opens with («= СЕВЕР», «© …»). */
  private static final Pattern SIGN_FIRST = Pattern.compile("^[^\\p{L}\\d«\"“„(\\[№]");
  /** The subject of a database line after the kind word may be lower case, but in the genitive. */
  private static final Pattern GENITIVE_WORD = Pattern.compile("^[а-яё\\-]+(?:ии|ы|а|и|ого|его|ой|ей|ых|их|я)$");
  private static final Set<String> NOT_SUBJECT = Set.of("о", "об", "обо", "от", "по", "в", "во", "на", "и", "с", "со", "к");

  static final Pattern TITLE_START = Pattern.compile("^[«\"“\\[(]?\\s*(?:о|об|обо|по|про)\\s", FLAGS);
  private static final Pattern PREAMBLE_START = Pattern.compile(
      "^(?:в\\s+соответствии|на\\s+основании|руководствуясь|в\\s+целях|с\\s+целью|согласно|во\\s+исполнение"
          + "|в\\s+связи|в\\s+рамках|рассмотрев|заслушав|учитывая|принимая\\s+во\\s+внимание|в\\s+порядке"
          + "|для\\s+(?:обеспечения|организации|проведения|реализации)|я,\\s|по\\s+результатам|на\\s+территории)", FLAGS);
  /**
   * The collegial bodies and administrations that act as the subject of an act's verb: the one list
   * the rules below and {@link Preamble} share.
   */
  static final String BODIES = "правительство|администрация|дума|совет|собрание|коллегия|комиссия|мэрия"
      + "|президиум|управа|кабинет\\s+министров";
  /** A body that speaks of itself at the start of the preamble: «Коллегия отмечает, что …», «Совет считает …». */
  private static final Pattern SUBJECT_SPEAKS = Pattern.compile(
      "^(?:" + BODIES + ")\\s+[а-яё]+(?:ет|ит|ют|ят|ла|ло|ли)(?![\\p{L}])", FLAGS);
  /** A body, or its head, named as the subject of the operative word: «Глава города …». */
  private static final Pattern SUBJECT = Pattern.compile(
      "^(?:\\p{L}+\\s+){0,2}(?:" + BODIES + "|глава)(?![\\p{L}])", FLAGS);
  static final Pattern OPERATIVE = Pattern.compile(
      "(?:^|[\\s,])(приказываю|постановляю|постановляет|постановил|постановила|обязываю|решил|решила|решило|решает"
          + "|предлагаю|распоряжаюсь|п\\s?р\\s?и\\s?к\\s?а\\s?з\\s?ы\\s?в\\s?а\\s?ю|п\\s?о\\s?с\\s?т\\s?а\\s?н\\s?о\\s?в\\s?л\\s?я\\s?ю"
          + "|р\\s?е\\s?ш\\s?и\\s?л\\s?[аои]?)\\s*[:;.]?\\s*$", FLAGS);
  static final Pattern THIRD_PERSON = Pattern.compile("постановляет|решил[аио]?$|постановил[аио]?$|решает", FLAGS);

  private HeadingRules() {}

  /** A territory above the issuing body: «РОССИЙСКАЯ ФЕДЕРАЦИЯ», «КОСТРОМСКАЯ ОБЛАСТЬ». */
  static boolean isJurisdiction(String line) {
    return JURISDICTION.matcher(line.strip()).matches();
  }

  /** The jurisdiction that starts the line, or null: «КАМЧАТСКИЙ КРАЙ» of «КАМЧАТСКИЙ КРАЙ АДМИНИСТРАЦИЯ». */
  static String jurisdictionPrefix(String line) {
    Matcher m = JURISDICTION_PREFIX.matcher(line);
    return m.find() ? m.group(1) : null;
  }

  static boolean isConvocation(String line) {
    return CONVOCATION.matcher(line).find() && line.length() < 80;
  }

  static boolean isIssuerDetails(String line) {
    return DETAILS.matcher(line).find() || BANK.matcher(line).find();
  }

  /**
   * Where the issuer's name ends and the requisites begin on one line of a two-column letterhead
   * read across («Общество с ограниченной ответственностью ОГРН 1…/ ИНН …»): the index of the
   * first requisite after at least two words of the name, or -1.
   */
  static int requisitesFrom(String line) {
    Matcher m = REQUISITE.matcher(line);
    if (!m.find() || m.start() == 0) {
      return -1;
    }
    String name = line.substring(0, m.start()).strip();
    return name.split("\\s+").length >= 2 && !DETAILS.matcher(name).find() ? m.start() : -1;
  }

  /** A logo or stamp in the letterhead read as text: it opens with a sign, not a letter. */
  static boolean isLogo(String line) {
    return SIGN_FIRST.matcher(line.strip()).find();
  }

  /**
   * The act kind when the line is a heading: the kind word alone («ПРИКАЗ», «П Р И К А З»,
   * «Постановление»), or followed only by date, number and place («Распоряжение от 12.10.2015 г
   * № 77-Р», «Приказ № 15-ПП/1»). Null for any other line.
   */
  static String headingKind(String line) {
    String closed = ActKinds.closeUp(line.strip());
    int length = ActKinds.leadingLength(closed);
    if (length == 0) {
      return null;
    }
    String rest = closed.substring(length).replaceAll("^[\\s:.]+", "");
    MetaLine meta = rest.isEmpty() ? null : MetaLine.afterKind(rest);
    if (meta == null || meta.isMeta() && meta.hasDateOrNumber()) {
      return ActKinds.leading(closed);
    }
    return null;
  }

  /** Whether a heading line is the kind word alone. */
  static boolean isBareKind(String line) {
    String closed = ActKinds.closeUp(line.strip());
    int length = ActKinds.leadingLength(closed);
    return length > 0 && closed.substring(length).replaceAll("[\\s:.]+", "").isEmpty();
  }

  /**
   * The act kind when the line is a database's reference line: the kind word, then the issuer in
   * the genitive («Постановление Администрации города …», «Указ Губернатора …», «ПРИКАЗ Минтруда
   * России от …»). Null for any other line.
   */
  static String referenceKind(String line) {
    String closed = ActKinds.closeUp(line.strip());
    int length = ActKinds.leadingLength(closed);
    if (length == 0 || length >= closed.length() || !Character.isWhitespace(closed.charAt(length))) {
      return null;
    }
    String[] words = closed.substring(length).strip().split("\\s+", 2);
    String first = words[0].replaceAll("[,.;:]+$", "");
    if (first.isEmpty() || NOT_SUBJECT.contains(first.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    boolean subject = Character.isUpperCase(first.charAt(0)) || GENITIVE_WORD.matcher(first).matches();
    return subject ? ActKinds.leading(closed) : null;
  }

  /** A line that only carries the date, the number or the place (short, nothing else on it). */
  static boolean isMetaLine(String line) {
    return meta(line) != null;
  }

  /** What a date/number/place line holds, or null when the line is not one. */
  static MetaLine meta(String line) {
    if (line.length() > 80 || TITLE_START.matcher(line).find() && line.length() > 12) {
      return null;
    }
    MetaLine meta = MetaLine.of(line);
    return meta.isMeta() ? meta : null;
  }

  static boolean isTitleStart(String line) {
    return TITLE_START.matcher(line).find();
  }

  static boolean isPreambleStart(String line) {
    return PREAMBLE_START.matcher(line).find() || SUBJECT_SPEAKS.matcher(line).find();
  }

  /** A short line that is the operative word, with or without what precedes it on the line. */
  static boolean isOperative(String line) {
    return line.length() < 40 && OPERATIVE.matcher(line).find();
  }

  /**
   * The operative word at the end of the line («… администрация постановляет:»), looked for in the
   * line's last characters only.
   */
  static Matcher operative(String line) {
    Matcher m = OPERATIVE.matcher(line);
    m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, line.length() - 60), line.length());
    return m;
  }

  /** A body named as the subject of the operative word: «Правительство Псковской области». */
  static boolean isSubject(String line) {
    return SUBJECT.matcher(line).find() && line.length() < 150;
  }

  /** Whether most letters of the line are capitals (a title or issuer set in capitals). */
  static boolean isCapitals(String line) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper * 10 >= letters * 8;
  }
}
