/**
 * Russian deadline phrases («сентябрь-октябрь 2022», «в течение учебного года», «ежегодно, июнь»)
 * to {@link prikaz.parser.model.Deadline}s with inclusive ISO dates.
 *
 * <h2>Lexing</h2>
 * {@code DeadlineLexer} lower-cases the phrase, folds ё to е and Latin look-alikes inside Cyrillic
 * words («Cентябрь») to Cyrillic, keeping every character in place, and cuts it into tokens:
 * {@code DATE} (dd.mm.yyyy, dd.mm.yy, dd.mm — impossible dates such as 31.02 are words), {@code YEAR}
 * (1900–2099), {@code NUMBER}, {@code MONTH} (any case form or abbreviation: «сентября», «сент»,
 * «янв»), {@code ROMAN} (I–IV), {@code ORDINAL} (первый, второе …), {@code DASH} (- ‐ ‑ ‒ – — ―
 * −), {@code SLASH}, {@code COMMA} (, ;) and {@code WORD}.
 *
 * <h2>Grammar</h2>
 * <pre>
 * deadline   := recurrence? span* (keyword)*          — words outside the grammar are skipped
 * span       := ("до" | "к" | "не позднее" | "не позже") ["конца"] point        → by
 *             | ["с"] (point | day) ("-" | "по" | "до") point                    → range
 *             | point
 * point      := DATE yearword?
 *             | NUMBER(1–31) MONTH [YEAR yearword?]                              → day
 *             | MONTH [[","] YEAR yearword?]                                     → month
 *             | YEAR ("-" | "/") YEAR ["уч." "г." | "учебный год" | "гг." | "годы"] → academic year or years
 *             | YEAR yearword?                                                   → calendar year
 *             | (ROMAN | ORDINAL | NUMBER) ("квартал" | "кв." | "полугодие" | "четверть") [year-point]
 * day        := NUMBER(1–31)                          — completed from the point after it
 * yearword   := "г" | "г." | "год" | "года" | "году" | "гг"
 * recurrence := "ежегодно" | "ежемесячно" | "ежеквартально" | "еженедельно" | "ежедневно"
 *             | "ежеполугодно" | "раз в" unit | "каждый" unit
 * </pre>
 *
 * <h2>Meaning</h2>
 * <ul>
 *   <li>The first point of a range takes what it lacks from the second: «сентябрь-октябрь 2022»,
 *       «с 1 по 15 сентября 2022»; «ноябрь-февраль 2023» starts in November 2022.
 *   <li>A month, day, quarter or half-year without a year is placed where it first falls inside
 *       the context period (the plan period, else the twelve months from the order date's month);
 *       {@code yearInferred} is then true. With no context it gets no dates.
 *   <li>An academic year N-N+1 runs from 1 September N to 31 August N+1; two consecutive years
 *       without «гг.» are an academic year. «I/II полугодие» without a year in an academic plan is
 *       the school half (September–December, January–August); with a calendar year it is January–June
 *       or July–December. «четверть» is a school quarter (IX–X, XI–XII, I–III, IV–V).
 *   <li>Several spans in one cell («Январь 2021 Март-май, 2021») give one deadline over all of them.
 *   <li>Kinds: {@code date} (one day), {@code range}, {@code by} (start null), {@code recurring}
 *       (months named in the text; dates of their first and last occurrence in the period, or the
 *       whole period), {@code ongoing} («постоянно», «в течение (учебного) года», «по мере
 *       необходимости»: the period), {@code scheduled} («по графику», «в соответствии с расписанием
 *       …», «по итогам …», «План РМО»: no dates), {@code unknown} (anything else, text kept).
 * </ul>
 *
 * <p>The lexer's expressions have no nested quantifiers and the parser makes one left-to-right
 * pass, so time grows linearly with the length of the text. {@link
 * prikaz.parser.deadline.DeadlineParser#findPeriod(String)} reads a plan period from a title with
 * the same grammar.
 */
package prikaz.parser.deadline;
