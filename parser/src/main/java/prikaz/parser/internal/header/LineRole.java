package prikaz.parser.internal.header;

/** What a line of an act's opening is; each role has one rule in {@link NoteRules} or {@link HeadingRules}. */
enum LineRole {
  /** Page and site furniture: rule lines, a database's prompts, a site's rubric. */
  FURNITURE,
  /** A legal database's status note: «… признано утратившим силу», «Вступает в силу …». */
  STATUS_NOTE,
  /** A revision note: «(в ред. …)», «(с изменениями на …)», «Документ с изменениями, внесенными: …». */
  REVISION_NOTE,
  /** A database's one-line reference: «Постановление Администрации … от … N … "…"». */
  BIBLIOGRAPHIC,
  /** A territory over the issuer: «РОССИЙСКАЯ ФЕДЕРАЦИЯ», «КОСТРОМСКАЯ ОБЛАСТЬ». */
  JURISDICTION,
  /** A line of the issuer's name, or of its address and contacts. */
  ISSUER,
  /** The act kind: «ПРИКАЗ», «П О С Т А Н О В Л Е Н И Е», «Распоряжение от … № …». */
  ACT_KIND,
  /** The date, the number and the place, on one line or several. */
  DATE_NUMBER,
  /** The title: «О проведении …». */
  TITLE,
  /** The preamble: «В соответствии с …». */
  PREAMBLE,
  /** The operative word: «ПРИКАЗЫВАЮ:», «постановляет:». */
  OPERATIVE,
  /** A numbered or unnumbered point of the act. */
  POINT,
  /** An appendix's stamp above a plan published alone: «Приложение № 1 к распоряжению … от … № …». */
  APPENDIX_STAMP,
  /** The signer's position and name. */
  SIGNATURE
}
